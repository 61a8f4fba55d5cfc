// The dashboard page and, from node_modules, the charting library it draws with.
module.exports = require('../../tools/webpack/service.config')(__dirname, 'console', {
  assets: [
    { input: './src/assets', glob: '**/*', output: 'assets' },
    { input: '../../node_modules/chart.js/dist', glob: 'chart.umd.min.js', output: 'assets/vendor' },
  ],
});
