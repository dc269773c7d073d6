// Runs before build, start and test: on a Node that is too old, say so in Chinese and English and
// stop, instead of failing later with an English ERR_UNKNOWN_FILE_EXTENSION ".ts".
// Plain CommonJS with old syntax on purpose: it must itself run on the old Node it warns about.
'use strict';
var fs = require('fs');
var path = require('path');

/** "22.18.0" → [22, 18, 0]. */
function parts(version) {
  return String(version).replace(/^[^0-9]*/, '').split('.').map(function (n) { return parseInt(n, 10) || 0; });
}

/** Whether version a is at least version b. */
function atLeast(a, b) {
  var x = parts(a);
  var y = parts(b);
  for (var i = 0; i < 3; i += 1) {
    if ((x[i] || 0) !== (y[i] || 0)) return (x[i] || 0) > (y[i] || 0);
  }
  return true;
}

var pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8'));
// package.json's engines says ">=22.18.0": the build runs scripts/*.ts directly, which Node
// does without a flag from 22.18 on.
var required = String((pkg.engines && pkg.engines.node) || '>=22.18.0').replace(/^>=\s*/, '');
// LXYZ_PRETEND_NODE lets the unit test try an old version on a new Node.
var current = process.env.LXYZ_PRETEND_NODE || process.versions.node;

if (!atLeast(current, required)) {
  var lines = [
    '',
    '本项目需要 Node.js ' + required + ' 或更新版本，当前是 ' + current + '。',
    '请安装 Node.js 24（长期支持版）：https://nodejs.org/zh-cn/download ，',
    '或者不动系统自带的 Node，把新版装在自己的目录里：',
    '  npm install -g --prefix "$HOME/.cache/node-24" node@24',
    '  export PATH="$HOME/.cache/node-24/bin:$PATH"',
    '装好后在新的终端里运行 node -v 确认，再执行 npm ci（或 npm install）和 npm start。',
    '',
    'This project needs Node.js ' + required + ' or newer; this is ' + current + '.',
    'Install Node.js 24 (LTS) from https://nodejs.org/en/download ,',
    'or keep the system Node and install a newer one in your own folder with the two commands above.',
    'Then check with node -v in a new terminal and run npm ci (or npm install) and npm start again.',
    '',
  ];
  process.stderr.write(lines.join('\n') + '\n');
  process.exit(1);
}
