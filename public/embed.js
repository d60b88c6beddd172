/*
 * How ICE Gets Your DMV Data: embed loader. Sizes each iframe of our map to its content.
 * The embed posts { type: 'ice-dmv-map:height', height: <CSS pixels> } to its parent. This loader
 * applies a height only when the message comes from this script's own origin AND from the window
 * of one of the page's iframes; every other message is ignored. No dependencies, no cookies, no tracking.
 */
(function () {
	'use strict';
	var script = document.currentScript;
	if (!script || window.iceDmvEmbedLoader) return;
	window.iceDmvEmbedLoader = true;

	var ORIGIN = new URL(script.src, location.href).origin;
	var HEIGHT = 'ice-dmv-map:height';
	var PING = 'ice-dmv-map:ping';
	var MIN = 150;
	var MAX = 4000;

	function frameOf(source) {
		var frames = document.getElementsByTagName('iframe');
		for (var i = 0; i < frames.length; i++) if (frames[i].contentWindow === source) return frames[i];
		return null;
	}

	window.addEventListener('message', function (event) {
		var data = event.data;
		if (event.origin !== ORIGIN || !data || data.type !== HEIGHT) return;
		if (typeof data.height !== 'number' || !isFinite(data.height)) return;
		var frame = frameOf(event.source);
		if (!frame) return;
		// The snippet's aspect-ratio and min-height are only for pages without this script.
		frame.style.minHeight = '0';
		frame.style.height = Math.min(MAX, Math.max(MIN, Math.ceil(data.height))) + 'px';
	});

	// An embed that loaded before this script posted its height to nobody: ask each of ours to post again.
	// The ping carries nothing, so '*' is safe, and it avoids an origin-mismatch error on frames still blank.
	var frames = document.getElementsByTagName('iframe');
	for (var i = 0; i < frames.length; i++) {
		if (frames[i].src.indexOf(ORIGIN + '/embed/') === 0 && frames[i].contentWindow) {
			frames[i].contentWindow.postMessage({ type: PING }, '*');
		}
	}
})();
