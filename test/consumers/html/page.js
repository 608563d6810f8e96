// Events bubble from the element: listen anywhere, before or after the script that defines it.
document.addEventListener('roadmap-load', (event) => {
  document.querySelector('[role="status"]').textContent = `Shown: ${event.detail.roadmap.title}`;
});
document.addEventListener('roadmap-error', (event) => console.error(event.detail.message));
