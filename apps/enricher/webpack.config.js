module.exports = require('../../tools/webpack/service.config')(__dirname, 'enricher');
