// Draws every chart figure on the page from the JSON in its <script type="application/json"> element.
// Without this script (or without JavaScript) each figure still shows its heading, description and table.
(function () {
  'use strict';

  var TEXT = '#0b0c0c';

  // Paints the canvas white under the chart, so a downloaded PNG is not transparent.
  var whiteBackground = {
    id: 'whiteBackground',
    beforeDraw: function (chart) {
      var ctx = chart.ctx;
      ctx.save();
      ctx.globalCompositeOperation = 'destination-over';
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, chart.width, chart.height);
      ctx.restore();
    }
  };

  function axisTitle(text) {
    return { display: true, text: text, color: TEXT, font: { size: 14 } };
  }

  function lineConfig(data) {
    return {
      type: 'line',
      data: {
        labels: data.categories,
        datasets: data.series.map(function (s) {
          return {
            label: s.name, data: s.values, spanGaps: false,
            borderColor: s.colour, backgroundColor: s.colour, borderWidth: 3, borderDash: s.dash,
            pointStyle: s.pointStyle, pointRadius: 6, pointHoverRadius: 8
          };
        })
      },
      options: {
        scales: {
          x: { title: axisTitle(data.categoryTitle), ticks: { color: TEXT, maxRotation: 0, autoSkip: true, autoSkipPadding: 12 } },
          y: { beginAtZero: true, title: axisTitle(data.valueTitle), ticks: { color: TEXT } }
        }
      }
    };
  }

  function barConfig(data) {
    return {
      type: 'bar',
      data: {
        labels: data.categories,
        datasets: data.series.map(function (s) {
          return { label: s.name, data: s.values, backgroundColor: s.colour, borderColor: s.colour };
        })
      },
      options: {
        indexAxis: 'y',
        scales: {
          x: { beginAtZero: true, title: axisTitle(data.valueTitle), ticks: { color: TEXT } },
          y: { ticks: { color: TEXT, autoSkip: false } }
        }
      }
    };
  }

  function config(data) {
    var c = data.kind === 'horizontalBar' ? barConfig(data) : lineConfig(data);
    c.options.animation = false;
    c.options.responsive = true;
    c.options.maintainAspectRatio = false;
    c.options.locale = 'en-GB';
    c.options.plugins = {
      legend: { display: data.series.length > 1, labels: { usePointStyle: true, color: TEXT } }
    };
    c.plugins = [whiteBackground];
    return c;
  }

  function draw(figure) {
    var json = document.getElementById(figure.getAttribute('data-chart-data'));
    var box = figure.querySelector('.chart__canvas-box');
    if (!json || !box) {
      return;
    }
    var data = JSON.parse(json.textContent);
    box.hidden = false;
    if (data.kind === 'horizontalBar') {
      box.style.height = Math.max(200, data.categories.length * 28 + 80) + 'px';
    }
    var chart = new window.Chart(box.querySelector('canvas'), config(data));
    var png = figure.querySelector('.chart__png');
    if (png) {
      png.addEventListener('click', function () {
        png.href = chart.toBase64Image('image/png', 1);
      });
      png.closest('.chart__png-item').hidden = false;
    }
  }

  // The site's own font and sizes, not the library's 12 px grey.
  function useSiteType() {
    window.Chart.defaults.font.family = 'Arial, "Helvetica Neue", Helvetica, sans-serif';
    window.Chart.defaults.font.size = 14;
    window.Chart.defaults.color = TEXT;
  }

  function drawAll() {
    if (typeof window.Chart === 'undefined') {
      return;
    }
    useSiteType();
    Array.prototype.forEach.call(document.querySelectorAll('figure.chart'), draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', drawAll);
  } else {
    drawAll();
  }
})();
