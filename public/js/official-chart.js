// Draws the official series' offence groups by year as a stacked bar chart. The data comes from a JSON block
// beside the canvas (no inline script under the Content-Security-Policy); the table on the page has the same figures.
// Every colour has at least 3:1 contrast with the white background (WCAG 2.2, 1.4.11); a white border and the
// fixed stacking order, named in the legend, tell neighbouring segments apart.
const FONT = 'Arial, "Helvetica Neue", Helvetica, sans-serif';
const TEXT = '#0b0c0c';
const COLOURS = ['#1d3557', '#d4351c', '#00703c', '#b35900', '#5694ca', '#912b88', '#6b7a2f', '#6f777b'];

for (const canvas of document.querySelectorAll('.official-chart canvas')) {
  const block = document.getElementById(canvas.id + '-data');
  if (!block || typeof Chart === 'undefined') continue;
  const data = JSON.parse(block.textContent);
  canvas.closest('.official-chart').hidden = false;
  Chart.defaults.font.family = FONT;
  Chart.defaults.font.size = 14;
  Chart.defaults.color = TEXT;
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: data.years,
      datasets: data.series.map((s, i) => ({ label: s.label, data: s.values, backgroundColor: COLOURS[i % COLOURS.length], borderColor: '#ffffff', borderWidth: 1 }))
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      scales: { x: { stacked: true, ticks: { maxRotation: 0, autoSkip: true, autoSkipPadding: 12 } }, y: { stacked: true, beginAtZero: true, title: { display: true, text: 'Offences' } } },
      plugins: { legend: { position: 'bottom', labels: { boxWidth: 14 } } }
    }
  });
}
