/* The bundle-size report of both webpack builds (webpack.config.js for the add-in,
 * webpack.web.config.js for the offline page): after a build, the minified and gzipped size of each
 * JS bundle and the packages or project folders that dominate it (source bytes), printed and
 * written to bundle-sizes.json in the output folder. Plain CommonJS: webpack configs load it as is. */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

/**
 * The package (or project folder, `depth` path segments deep) a module belongs to.
 * @example
 * moduleGroup('/repo/node_modules/@scope/pkg/x.js', '/repo', 2); // '@scope/pkg'
 * moduleGroup('/repo/src/engine/fast/x.ts', '/repo', 2);          // 'src/engine/'
 */
function moduleGroup(resource, root, depth) {
  const rel = path.relative(root, resource).split(path.sep).join('/');
  const nm = rel.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = rel.slice(nm + 'node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  if (rel.endsWith('.json')) return rel;
  return rel.split('/').slice(0, depth).join('/') + '/';
}

/**
 * Records each JS bundle's size, gzipped size and largest parts into `options.report` (one report
 * may be shared by several compilations) and, when `options.print`, prints and writes it.
 * Options: root (the project folder), depth (of a project folder's group), group (a resource's
 * group before the default one, or undefined), name (a file's name in the report), title, pad
 * (width of the name column), top (parts shown), report, print.
 */
class BundleSizePlugin {
  constructor(options) {
    this.o = { depth: 2, group: () => undefined, name: (file) => file, title: 'bundle sizes', pad: 14, top: 5, report: {}, print: true, ...options };
  }

  apply(compiler) {
    const o = this.o;
    compiler.hooks.afterEmit.tap('BundleSizePlugin', (compilation) => {
      for (const chunk of compilation.chunks) {
        for (const file of chunk.files) {
          if (!file.endsWith('.js')) continue;
          const buf = fs.readFileSync(path.join(compiler.options.output.path, file));
          const groups = new Map();
          let total = 0;
          const add = (m) => {
            if (m.modules) return m.modules.forEach(add); // a concatenated module: count its parts
            const resource = m.resource || (m.rootModule && m.rootModule.resource);
            if (!resource) return;
            const g = o.group(resource) || moduleGroup(resource, o.root, o.depth);
            groups.set(g, (groups.get(g) || 0) + m.size());
            total += m.size();
          };
          for (const m of compilation.chunkGraph.getChunkModulesIterable(chunk)) add(m);
          const parts = [...groups.entries()].sort((a, b) => b[1] - a[1])
            .map(([name, bytes]) => ({ name, sourceBytes: bytes, share: Math.round((100 * bytes) / total) }));
          o.report[o.name(file, compiler)] = { bytes: buf.length, gzipBytes: zlib.gzipSync(buf, { level: 9 }).length, parts };
        }
      }
      if (!o.print) return;
      const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
      const lines = [`${o.title} (${compiler.options.mode}):`];
      for (const [file, r] of Object.entries(o.report)) {
        lines.push(`  ${file.padEnd(o.pad)} ${kib(r.bytes).padStart(10)} minified, ${kib(r.gzipBytes).padStart(9)} gzipped — ` +
          r.parts.slice(0, o.top).map((p) => `${p.name} ${p.share}%`).join(', '));
      }
      console.log(lines.join('\n'));
      fs.writeFileSync(path.join(compiler.options.output.path, 'bundle-sizes.json'), JSON.stringify(o.report, null, 2));
    });
  }
}

module.exports = { BundleSizePlugin, moduleGroup };
