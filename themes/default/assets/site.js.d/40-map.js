// The map of the list: pointing at (or focusing) a paper lights up its relations and dims the rest.
(function () {
  const map = document.querySelector('svg.list-map');
  if (!map) return;
  const edges = [...map.querySelectorAll('.edge')];
  function show(id) {
    map.classList.toggle('focusing', Boolean(id));
    edges.forEach((e) => e.classList.toggle('lit', Boolean(id) && (e.dataset.from === id || e.dataset.to === id)));
  }
  map.querySelectorAll('a[data-paper]').forEach((a) => {
    const id = a.dataset.paper;
    a.addEventListener('mouseenter', () => show(id));
    a.addEventListener('focus', () => show(id));
    a.addEventListener('mouseleave', () => show(null));
    a.addEventListener('blur', () => show(null));
  });
})();
