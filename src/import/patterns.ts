/**
 * The words real medborgarlöften pages use to mark their parts: labels,
 * section headings and sentence shapes. Each pattern is matched against a
 * whole line, trimmed.
 */

/** "Detta ska göras genom att", "Det ska åstadkommas bland annat genom följande:", "Aktiviteter:". */
export function isActivityLead(text: string): boolean {
  const line = text.trim();
  if (/^(?:aktiviteter|åtgärder|insatser|planerade (?:aktiviteter|insatser|åtgärder)|så (?:här )?gör vi(?: det)?|det här gör vi|konkreta (?:aktiviteter|åtgärder)|(?:detta|det här|vad) ska göras\??|så ska det göras|genomförande)\s*:?$/i.test(line)) {
    return true;
  }
  return (
    line.length <= 90 &&
    /^(?:detta|det|vilket|löftet|arbetet|vi)\b/i.test(line) &&
    /(?:ska|skall|kommer|görs|sker|uppnås|gör)\b/i.test(line) &&
    /(?:genom att|genom|följande|bland annat)\s*:?$/i.test(line)
  );
}

/** "Polisens aktiviteter:", "Kommunens aktiviteter:", "Gemensamma aktiviteter:", "Polis och kommunens gemensamma aktiviteter:". */
export function isActorGroupLabel(text: string): boolean {
  return /^(?:(?:polisens|kommunens|polis och kommunens|polisens och kommunens|kommunens och polisens|polis och kommun|\p{Lu}[\p{L}-]* kommuns)\s+(?:gemensamma\s+)?|gemensamma\s+)(?:aktiviteter|åtaganden|insatser|åtgärder|uppdrag)\s*:?$/iu.test(
    text.trim()
  );
}

/** "Polisen ska:", "Kommunen lovar att:", "Polisen och kommunen ska:": who keeps the bullets after it. */
export function isActorLead(text: string): boolean {
  return /^(?:polisen|kommunen|polis och kommun|polisen och kommunen|kommunen och polisen|vi|\p{Lu}[\p{L}-]* kommun)\s+(?:ska|skall|lovar att|lovar|åtar sig att|kommer att)\s*:$/iu.test(text.trim());
}

/** "Exempel på genomförda insatser:", "Genomförda aktiviteter:", "Det här har vi gjort:". */
export function isDoneLabel(text: string): boolean {
  return /^(?:exempel på\s+)?(?:genomförda|utförda|gjorda)\s+(?:insatser|aktiviteter|åtgärder)\s*:?$|^(?:det här|detta|så här) har (?:vi gjort|gjorts|genomförts)\s*:?$|^(?:vi har|det har) (?:bland annat )?(?:genomfört|gjort)\s*:$/i.test(
    text.trim()
  );
}

/** "Så gick det …", "Uppföljning", "Resultat", "Så här har vi arbetat …": a follow-up. */
export function isFollowUpHeading(text: string): boolean {
  return /^(?:så gick det|så har det gått|uppföljning|resultat|redovisning|återrapportering|så här har vi arbetat|så har vi arbetat|utvärdering)\b/i.test(
    text.trim()
  );
}

/** "Bakgrund", "Problembild", "Lägesbild", "Varför?": the why of the promise before it. */
export function isBackgroundHeading(text: string): boolean {
  return /^(?:bakgrund|problembild(?:en)?|lägesbild(?:en)?|varför(?: detta löfte)?\??|därför (?:detta löfte|lovar vi detta))\s*:?$/i.test(text.trim());
}

/** "Kontakta oss", "Kontakt", "Kontaktuppgifter", "Frågor?". */
export function isContactHeading(text: string): boolean {
  return /^(?:kontakta oss|kontakt|kontakter|kontaktuppgifter|kontaktpersoner|har du frågor\??|frågor\??)\s*:?$/i.test(text.trim());
}

/** A file name as link text: "Uppföljning 2018.pdf". */
export function isFileName(text: string): boolean {
  return /^[^\n]{1,150}\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|rtf)(?:\s*\([^)]*\))?$/i.test(text.trim());
}

/**
 * A sentence that states a promise: a party (or "vi") before "lovar",
 * "åtar sig", "har lovat"; or "med målsättningen att". A relative clause
 * ("… ett arbete som kommunen åtar sig varje år") is not one.
 */
export function isPromiseStatement(text: string): boolean {
  const line = text.trim();
  if (/med målsättningen att|(?:^|\s)löftet (?:är|innebär|handlar om) att/i.test(line)) return true;
  const verb = /(?<![\p{L}])(?:lovar|lovade|har lovat|åtar sig|åtar vi oss)(?![\p{L}])/iu.exec(line);
  if (!verb) return false;
  const subject = line.slice(0, verb.index).trim();
  return subject.split(/\s+/).length <= 10 && !/(?<![\p{L}])(?:som|vad|vilket|det)(?![\p{L}])/iu.test(subject);
}

/** "Polisen ska …", "Vi kommer att …", "Kommunen och polisen vill …": a commitment, after an area heading a promise. */
export function isCommitment(text: string): boolean {
  return /^(?:polisen|kommunen|vi|polis och kommun|\p{Lu}[\p{L}-]* kommun)(?:\s+och\s+(?:polisen|kommunen|\p{Lu}[\p{L}-]* kommun))?\s+(?:ska|skall|kommer att|vill)(?![\p{L}])/iu.test(text.trim());
}

/** "Att polisen ska …", "Att kommunen …": a promise in a list led by "lovar polisen och kommunen:". */
export function isAttPromise(text: string): boolean {
  return /^att\s+(?:polisen|kommunen|polis|kommun|vi|\p{Lu}[\p{L}-]* kommun)\b/iu.test(text.trim());
}

/** A line that leads a list of promises: ends with ":" and says "lovar", "fokusera på", "åtar sig". */
export function isPromiseListLead(text: string): boolean {
  const line = text.trim();
  return /:$/.test(line) && /(?<![\p{L}])(?:lovar|lovat|åtar sig|fokusera på|fokuserar på|prioritera|prioriterar|områden)(?![\p{L}])/iu.test(line);
}

/** "Klotter – ta bort klotter inom ett dygn": a short area, a dash, what is promised. */
export function areaDash(text: string): {area: string; rest: string} | undefined {
  const match = /^([^–—:-]{2,50}?)\s+[–—-]\s+(.+)$/s.exec(text.trim()) ?? /^([^–—:-]{2,50}?):\s+(.+)$/s.exec(text.trim());
  if (!match) return undefined;
  const area = match[1]!.trim();
  if (area.split(/\s+/).length > 6 || /[.!?]/.test(area)) return undefined;
  return {area, rest: match[2]!.trim()};
}

/** Something was not carried out: "har inte genomförts", "blev inte av", "ställdes in". */
export function isNotDone(text: string): boolean {
  return /(?<![\p{L}])(?:inte|ej)\s+(?:kunnat\s+)?(?:genomförts|genomföras|blivit av|utförts|hunnits|kunnat genomföras)|blev inte av|ställdes in|har inte (?:kunnat|hunnit)|inte varit möjligt|har fått skjutas upp|sköts upp/iu.test(
    text
  );
}

/** A plan, not a result: "Till hösten planeras …", "kommer att genomföras". */
export function isPlanned(text: string): boolean {
  return /(?<![\p{L}])(?:planeras|planerar|planerad|kommer att|ska genomföras|till hösten|till våren|under hösten|under våren)(?![\p{L}])/iu.test(text);
}

/** Words of a result: "har genomfört", "genomfördes", "har arbetat". */
export function isResult(text: string): boolean {
  return /(?<![\p{L}])(?:har (?:\p{L}+ ){0,3}(?:genomfört|genomförts|arbetat|gjort|gjorts|skett|hållits|ökat|minskat|blivit|deltagit|startat|stoppat|informerat)|genomfördes|genomförda insatser|har inte genomförts)(?![\p{L}])/iu.test(
    text
  );
}

/** "Uppföljning kommer att ske genom …", "Uppföljningen görs …": how a promise is followed up. */
export function isFollowUpSentence(sentence: string): boolean {
  return /^(?:uppföljning(?:en)?|löftet|arbetet|resultatet)\b.*\b(?:följs upp|kommer att (?:ske|följas upp|göras|redovisas)|sker|görs|redovisas)\b/i.test(sentence.trim()) ||
    /^uppföljning(?:en)?\s+(?:kommer|sker|görs)/i.test(sentence.trim());
}

/** Said about the whole period, not one promise: "under perioden". */
export function isPeriodWide(text: string): boolean {
  return /(?<![\p{L}])under (?:hela )?perioden(?![\p{L}])/iu.test(text);
}
