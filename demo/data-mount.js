// The data-mount demo: adds a <div data-medborgar-loften> after the widget's
// script has run, as a CMS that loads parts of a page later would. The
// widget's script notices mounts added at any time.
const button = document.getElementById('add-mount');
const status = document.getElementById('add-mount-status');
const container = document.getElementById('later-mounts');
let added = 0;

button?.addEventListener('click', () => {
  added += 1;
  const section = document.createElement('section');
  section.className = 'later-mount';
  const heading = document.createElement('h3');
  heading.id = `later-mount-${added}-heading`;
  heading.textContent = `Tillagd widget ${added}: Exempelby`;
  section.setAttribute('aria-labelledby', heading.id);

  const mount = document.createElement('div');
  mount.dataset.medborgarLoften = '';
  mount.dataset.src = './feeds/exempelby.json';
  mount.dataset.lang = 'en';
  mount.dataset.headingLevel = '4';
  mount.dataset.period = '2025-2026';
  const fallback = document.createElement('p');
  const link = document.createElement('a');
  link.href = './feeds/exempelby.json';
  link.textContent = 'Read the feed as JSON';
  fallback.append(link, '.');
  mount.append(fallback);

  section.append(heading, mount);
  container?.append(section);
  if (status) {
    status.textContent = '';
    // A fresh text, a moment later, so screen readers announce every click.
    setTimeout(() => {
      status.textContent = `Widget ${added} har lagts till längst ner på sidan.`;
    }, 50);
  }
});
