// Draws a page's map from its JSON block (see Maps/MapData.cs): the region's own basemap (land, water, place names) or
// a configured tile server, the person's home, the search radius, shaded zones, areas shaded by a value (commissioning)
// and a numbered marker per listed result, its popup naming it and linking to it in the list. Without this script (or
// Leaflet) the page's list or table alone is the page.
(function () {
  'use strict';

  var wrapper = document.querySelector('[data-rehab-map]');
  if (!wrapper || typeof window.L === 'undefined') {
    return;
  }

  var source = document.getElementById(wrapper.getAttribute('data-rehab-map'));
  if (!source) {
    return;
  }

  var data = JSON.parse(source.textContent);
  var L = window.L;
  wrapper.hidden = false;
  var element = wrapper.querySelector('.rehab-map');
  var map = L.map(element, { scrollWheelZoom: false, attributionControl: !!data.tileUrl });
  var bounds = L.latLngBounds([]);

  function text(tag, value, className) {
    var node = document.createElement(tag);
    node.textContent = value;
    if (className) {
      node.className = className;
    }
    return node;
  }

  // Markers are focusable buttons: they need a name a screen reader says.
  function named(marker, name) {
    marker.on('add', function () {
      var icon = marker.getElement();
      if (icon) {
        icon.setAttribute('aria-label', name);
      }
    });
    return marker;
  }

  if (data.tileUrl) {
    L.tileLayer(data.tileUrl, { attribution: data.tileAttribution || '', maxZoom: 19 }).addTo(map);
  } else if (data.basemap) {
    element.classList.add('rehab-map--basemap');
    fetch(data.basemap, { credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (basemap) {
        if (!basemap) {
          return;
        }
        var layer = L.geoJSON(basemap, {
          interactive: false,
          style: function (feature) {
            return feature.properties.layer === 'water'
              ? { color: '#5694ca', weight: 1, fillColor: '#d2e2f1', fillOpacity: 1 }
              : { color: '#505a5f', weight: 1, fillColor: '#f3f2f1', fillOpacity: 1 };
          },
          pointToLayer: function (feature, latlng) {
            var place = L.circleMarker(latlng, { radius: 2, color: '#505a5f', weight: 1, interactive: false });
            if (feature.properties.kind !== 'PostcodeDistrict') {
              place.bindTooltip(feature.properties.name, { permanent: true, direction: 'right', className: 'rehab-map-place', interactive: false });
            }
            return place;
          }
        }).addTo(map);
        layer.bringToBack();
      })
      .catch(function () { /* the map keeps its markers on a plain background */ });
  }

  if (data.zones) {
    var zones = L.geoJSON(data.zones, { interactive: false, style: { color: '#d4351c', weight: 2, fillColor: '#d4351c', fillOpacity: 0.2 } }).addTo(map);
    // A map of zones frames them all; a search's map frames its radius, which is drawn after.
    if (zones.getBounds().isValid()) {
      bounds.extend(zones.getBounds());
    }
  }

  if (data.home) {
    var home = [data.home.lat, data.home.lon];
    named(L.marker(home, {
      icon: L.divIcon({ className: 'rehab-map-home', html: '<span aria-hidden="true">H</span>', iconSize: [30, 30] }),
      title: data.homeLabel || 'Home',
      keyboard: true,
      zIndexOffset: 1000
    }), data.homeLabel || 'Home').bindPopup(text('strong', data.homeLabel || 'Home')).addTo(map);
    bounds.extend(home);
    if (data.radiusKm) {
      L.circle(home, { radius: data.radiusKm * 1000, color: '#1d70b8', weight: 2, fill: false, interactive: false }).addTo(map);
      // A circle's own bounds need the map's view, which is set from these bounds: they are the same square.
      bounds.extend(L.latLng(home).toBounds(data.radiusKm * 2000));
    }
  }

  // GOV.UK palette, light to dark (MapArea.Shade 0 to 4).
  var shades = ['#f3f2f1', '#f4b183', '#f47738', '#d4351c', '#942514'];
  (data.areas || []).forEach(function (area) {
    var position = [area.lat, area.lon];
    L.circleMarker(position, { radius: area.size, color: '#0b0c0c', weight: 1, fillColor: shades[area.shade], fillOpacity: 0.8 })
      .bindTooltip(area.name + ': ' + area.detail)
      .addTo(map);
    bounds.extend(position);
  });

  (data.markers || []).forEach(function (item) {
    var position = [item.lat, item.lon];
    var popup = document.createElement('div');
    popup.appendChild(text('strong', item.label + '. ' + item.name));
    if (item.detail) {
      popup.appendChild(document.createElement('br'));
      popup.appendChild(text('span', item.detail));
    }
    if (item.href) {
      var link = text('a', 'See it in the list', 'govuk-link');
      link.href = item.href;
      popup.appendChild(document.createElement('br'));
      popup.appendChild(link);
    }
    var name = item.label + '. ' + item.name;
    var marker = named(L.marker(position, {
      icon: L.divIcon({ className: 'rehab-map-marker rehab-map-marker--' + item.kind, html: '<span aria-hidden="true"></span>', iconSize: [28, 28] }),
      title: name,
      keyboard: true
    }), name);
    marker.on('add', function () {
      var icon = marker.getElement();
      if (icon) {
        icon.firstChild.textContent = item.label;
        icon.setAttribute('data-marker', item.label);
      }
    });
    marker.bindPopup(popup).addTo(map);
    bounds.extend(position);
  });

  if (bounds.isValid()) {
    map.fitBounds(bounds, { padding: [32, 32] });
  } else {
    map.setView([53.75, -0.35], 10);
  }
}());
