const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('path');

/**
 * Webpack config shared by the Nest services: one bundle of the app and its libs, npm packages external.
 * `assets` are copied beside the bundle (Nx asset globs), e.g. the console's web page.
 */
module.exports = function serviceWebpackConfig(appDir, app, { assets = [] } = {}) {
  return {
    output: {
      path: join(appDir, '../../dist/apps', app),
      clean: true,
      ...(process.env.NODE_ENV !== 'production' && {
        devtoolModuleFilenameTemplate: '[absolute-resource-path]',
      }),
    },
    plugins: [
      new NxAppWebpackPlugin({
        target: 'node',
        compiler: 'tsc',
        main: './src/main.ts',
        tsConfig: './tsconfig.app.json',
        assets,
        optimization: false,
        outputHashing: 'none',
        generatePackageJson: true,
        sourceMap: true,
      }),
    ],
  };
};
