// The one drawing script for every chart on the site (FOI, official and comparison charts, and embeds). Each figure
// carries its data as JSON in a <script type="application/json"> element; the table beside it holds the same figures.
// Without JavaScript the canvas box is hidden by /css/no-script.css, so no empty box is ever left on the page.
(function () {
  'use strict';

  var TEXT = '#0b0c0c';
  var GRID = '#dfe1e3';
  var FONT = 'Arial, "Helvetica Neue", Helvetica, sans-serif';

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

  // Names each line beside its last point instead of in a legend (used where there are two or three lines).
  var directLabels = {
    id: 'directLabels',
    afterDatasetsDraw: function (chart) {
      if (!chart.options.plugins.directLabels.enabled) {
        return;
      }
      var ctx = chart.ctx;
      var area = chart.chartArea;
      ctx.save();
      ctx.font = 'bold 14px ' + FONT;
      ctx.textBaseline = 'bottom';
      chart.data.datasets.forEach(function (dataset, i) {
        var points = chart.getDatasetMeta(i).data;
        var last = -1;
        dataset.data.forEach(function (v, j) { if (v !== null) { last = j; } });
        if (last < 0) {
          return;
        }
        var p = points[last];
        var width = ctx.measureText(dataset.label).width;
        var x = Math.max(area.left + 2, Math.min(p.x - width / 2, area.right - width));
        var y = Math.max(area.top + 16, p.y - 10);
        ctx.fillStyle = '#ffffff';
        ctx.globalAlpha = 0.85;
        ctx.fillRect(x - 2, y - 16, width + 4, 17);
        ctx.globalAlpha = 1;
        ctx.fillStyle = dataset.borderColor;
        ctx.fillText(dataset.label, x, y);
      });
      ctx.restore();
    }
  };

  // "2016/17" becomes "16/17" on the axis; the table keeps the full year.
  function shortYear(label) {
    var m = /^\d\d(\d\d\/\d\d)$/.exec(label);
    return m ? m[1] : label;
  }

  // "Greater Manchester Police" is "Greater Manchester" beside its bar, so names fit a phone; the table keeps them whole.
  function areaName(name) {
    return name.replace(/^Police Service of /, '').replace(/^Police /, '').replace(/ (Police Service|Police|Constabulary)$/, '');
  }

  // Every year when they fit, otherwise every second (or third...) year counted back from the latest, so the
  // last year is always labelled and the gaps between labels are even, never a random thinning.
  function yearTicks(categories) {
    return {
      color: TEXT, maxRotation: 0, minRotation: 0, autoSkip: false,
      callback: function (value, index) {
        var n = categories.length;
        var room = Math.max(this.chart.width - 80, 60); // the chart less its value axis
        var step = Math.max(1, Math.ceil(n * 46 / room));
        return (n - 1 - index) % step === 0 ? shortYear(categories[index]) : '';
      }
    };
  }

  function axisTitle(text) {
    return { display: !!text, text: text, color: TEXT, font: { size: 14 } };
  }

  function valueTicks() {
    return { color: TEXT, precision: 0, maxTicksLimit: 6 };
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
            pointStyle: s.pointStyle, pointRadius: 5, pointHoverRadius: 7
          };
        })
      },
      options: {
        scales: {
          x: { title: axisTitle(data.categoryTitle), ticks: yearTicks(data.categories), grid: { display: false } },
          y: { beginAtZero: true, title: axisTitle(data.valueTitle), ticks: valueTicks(), grid: { color: GRID } }
        }
      }
    };
  }

  function stackedBarConfig(data) {
    return {
      type: 'bar',
      data: {
        labels: data.categories,
        datasets: data.series.map(function (s) {
          return { label: s.name, data: s.values, backgroundColor: s.colour, borderColor: '#ffffff', borderWidth: 1 };
        })
      },
      options: {
        scales: {
          x: { stacked: true, ticks: yearTicks(data.categories), grid: { display: false } },
          y: { stacked: true, beginAtZero: true, title: axisTitle(data.valueTitle), ticks: valueTicks(), grid: { color: GRID } }
        }
      }
    };
  }

  function horizontalBarConfig(data) {
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
          x: { beginAtZero: true, title: axisTitle(data.valueTitle), ticks: valueTicks(), grid: { color: GRID } },
          y: { ticks: { color: TEXT, autoSkip: false, callback: function (value, index) { return areaName(data.categories[index]); } },
            grid: { display: false } }
        }
      }
    };
  }

  var BUILDERS = { line: lineConfig, stackedBar: stackedBarConfig, horizontalBar: horizontalBarConfig };

  function config(data) {
    var c = BUILDERS[data.kind](data);
    var labelled = data.kind === 'line' && data.series.length > 1 && data.series.length <= 3;
    c.options.animation = false;
    c.options.responsive = true;
    c.options.maintainAspectRatio = false;
    c.options.locale = 'en-GB';
    c.options.layout = { padding: { top: labelled ? 22 : 4, right: 8 } };
    c.options.plugins = {
      directLabels: { enabled: labelled },
      legend: {
        display: data.series.length > 1 && !labelled, position: 'top', align: 'start',
        labels: { usePointStyle: data.kind === 'line', boxWidth: 14, boxHeight: 14, color: TEXT, padding: 12 }
      },
      tooltip: { titleFont: { size: 14 }, bodyFont: { size: 14 } }
    };
    c.plugins = [whiteBackground, directLabels];
    return c;
  }

  function draw(figure) {
    var json = document.getElementById(figure.getAttribute('data-chart-data'));
    var box = figure.querySelector('.chart__canvas-box');
    if (!json || !box) {
      return;
    }
    var data = JSON.parse(json.textContent);
    if (data.kind === 'horizontalBar') {
      box.style.height = Math.max(200, data.categories.length * 28 + 80) + 'px';
    }
    var chart = new window.Chart(box.querySelector('canvas'), config(data));
    figure.classList.add('chart--drawn');
    var png = figure.querySelector('.chart__png');
    if (png) {
      png.addEventListener('click', function () {
        png.href = chart.toBase64Image('image/png', 1);
      });
      png.closest('.chart__png-item').hidden = false;
    }
  }

  // The library is missing (blocked or failed): hide the boxes kept for the charts, as without JavaScript.
  function withoutLibrary() {
    Array.prototype.forEach.call(document.querySelectorAll('figure.chart'), function (figure) {
      figure.classList.add('chart--undrawn');
    });
  }

  function drawAll() {
    if (typeof window.Chart === 'undefined') {
      withoutLibrary();
      return;
    }
    window.Chart.defaults.font.family = FONT;
    window.Chart.defaults.font.size = 14;
    window.Chart.defaults.color = TEXT;
    Array.prototype.forEach.call(document.querySelectorAll('figure.chart'), draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', drawAll);
  } else {
    drawAll();
  }
})();
