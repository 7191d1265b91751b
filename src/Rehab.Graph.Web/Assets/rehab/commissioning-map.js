// The commissioning page's map, a progressive enhancement of its tables: each postcode district a circle at its centre,
// shaded by how many people there are not yet connected to support (counts the page could show; withheld ones are
// said so in the tooltip). Leaflet is loaded by the page from /assets/leaflet/; the data is the page's JSON block.
const container = document.getElementById('commissioning-map');
const data = document.getElementById('commissioning-map-data');

if (container && data && window.L) {
  const { districts } = JSON.parse(data.textContent);
  const most = Math.max(1, ...districts.map(d => d.notConnected));
  // GOV.UK palette: light to dark as more people are not yet connected.
  const shades = ['#f3f2f1', '#f4b183', '#f47738', '#d4351c', '#942514'];
  const shade = count => count === 0 ? shades[0] : shades[Math.min(shades.length - 1, 1 + Math.floor((count / most) * (shades.length - 2)))];

  container.hidden = false;
  const map = L.map(container, { attributionControl: false, scrollWheelZoom: false });
  const circles = districts.map(d => {
    const words = `${d.area}: ${d.notConnected} not yet connected of ${d.people} counted` + (d.withheld > 0 ? `; ${d.withheld} counts withheld` : '');
    return L.circleMarker([d.latitude, d.longitude], {
      radius: 10 + Math.min(20, d.people / 2),
      color: '#0b0c0c',
      weight: 1,
      fillColor: shade(d.notConnected),
      fillOpacity: 0.8,
    }).bindTooltip(words).addTo(map);
  });
  if (circles.length > 0) {
    map.fitBounds(L.featureGroup(circles).getBounds().pad(0.2));
  } else {
    map.setView([53.76, -0.35], 10);
  }
}
