const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('path');
const nodeExternals = require('webpack-node-externals');

// npm packages stay external, except ES-module-only ones: the bundle is CommonJS and their exports
// maps refuse require(), so webpack bundles them (eld, the language detector).
const BUNDLED_PACKAGES = [/^eld(\/|$)/];

/**
 * Webpack config shared by the Nest services: one bundle of the app and its libs, npm packages external
 * (but BUNDLED_PACKAGES).
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
    externals: [nodeExternals({ modulesDir: join(appDir, '../../node_modules'), allowlist: BUNDLED_PACKAGES })],
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
        externalDependencies: 'none',
        mergeExternals: true,
        sourceMap: true,
      }),
    ],
  };
};
