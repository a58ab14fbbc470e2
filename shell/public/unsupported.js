/* Runs only in browsers without ES modules (<script nomodule>): old browsers the portal cannot
   support. Plain ES3/ES5 on purpose, so that it runs where nothing else does. */
(function () {
  var notice = document.getElementById('unsupported');
  if (notice) notice.removeAttribute('hidden');
})();
