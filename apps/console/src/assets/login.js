// The login form's one behaviour: after a refused token the server sends the browser to /login?failed=1.
'use strict';

if (new URLSearchParams(location.search).has('failed')) document.getElementById('login-failed').hidden = false;
