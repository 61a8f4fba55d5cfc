module.exports = require('../../tools/webpack/service.config')(__dirname, 'query-api');
