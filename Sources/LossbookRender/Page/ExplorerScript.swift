/// The one script of a report with explorers: it re-simulates a task when a slider moves or a
/// teaching preset is chosen, and redraws the figure: each of its SVGs (the wide and the narrow
/// layout), each in its own pixel frame. It is a constant (the page's
/// Content-Security-Policy allows exactly its SHA-256), reads each explorer's data from a
/// `<script type="application/json">` next to it, never fetches anything, and does nothing until
/// the reader acts, so the untouched report is the static one; a state equal to the report's own
/// draws the static points again (X2). An exact-match task's figure also has a series of its
/// per-token accuracy (`metrics` in the data), drawn from `tok`, the simulator's q(L). Draws use a seeded mulberry32 keyed by the state, so the
/// same state always gives the same picture (X7). It formats no number: the page lists the words
/// of every slider position, written by the report's own formatter (X4). Before printing, each
/// explorer goes back to the report's own state, which is what a printed report shows (A5).
public enum ExplorerScript {
  public static let source = """
    (function(){"use strict";
    function rng(a){return function(){a=a+0x6D2B79F5|0;var t=Math.imul(a^a>>>15,1|a);t=t+Math.imul(t^t>>>7,61|t)^t;return((t^t>>>14)>>>0)/4294967296;};}
    function hash(s){var h=2166136261;for(var i=0;i<s.length;i++){h^=s.charCodeAt(i);h=Math.imul(h,16777619);}return h>>>0;}
    function px(a,v){var lo=a.log?Math.log10(a.lower):a.lower,hi=a.log?Math.log10(a.upper):a.upper,t=((a.log?Math.log10(v):v)-lo)/(hi-lo);if(a.reversed)t=1-t;return a.start+t*(a.end-a.start);}
    function tok(v,L){return Math.min(Math.max(Math.exp(-v.rate*(L-v.floor)),0),1);}
    function prob(s,v,L){var r=v.random,c=v.ceiling,q=s==="hinge"?(L>=v.eta?r:Math.min(c,r+v.slope*(v.eta-L))):s==="logistic"?r+(c-r)/(1+Math.exp((L-v.mid)/v.width)):s==="linear"?Math.min(Math.max(v.value-v.slope*(L-v.at),r),c):Math.pow(tok(v,L),v.tokens);return Math.min(Math.max(q,0),1);}
    function fill(t,m){return t.replace(/\\{(\\w+)\\}/g,function(_,k){return m[k];});}
    document.querySelectorAll(".lb-explore").forEach(function(box){
    var d=JSON.parse(box.querySelector("script[type='application/json']").textContent);
    var inputs=[].slice.call(box.querySelectorAll("input[type=range]"));
    var said=box.querySelector(".lb-explore-sentence"),timer=0,own={shape:d.shape,values:{},set:{},off:[],sentence:d.sentence},mode=own;
    var copies=[].map.call(document.getElementById(d.figure).querySelectorAll("svg"),function(svg,c){var line=svg.querySelector(".lb-threshold"),polys=d.series.map(function(_,s){var g=svg.querySelectorAll(".lb-series")[s];return g&&g.querySelector(".lb-points");});
    return {f:d.frames[c],line:line,savedD:line&&line.getAttribute("d"),polys:polys,saved:polys.map(function(p){return p&&p.getAttribute("points");})};});
    function values(){var v={},k;for(k in d.values)v[k]=d.values[k];for(k in mode.values)v[k]=mode.values[k];inputs.forEach(function(i){v[i.name]=parseFloat(i.value);});return v;}
    function key(){return mode.shape+JSON.stringify(values());}
    var k0=key();
    function draw(now){var v=values(),same=key()===k0,n=Math.round(v.items||0),r=rng(hash(d.seed+"|"+key())),m={};
    var ys=same?0:d.loss.map(function(L){var q=prob(mode.shape,v,L);if(!n)return q;var k=0;for(var j=0;j<n;j++)if(r()<q)k++;return k/n;});
    copies.forEach(function(c){var line=c.line;d.series.forEach(function(rows,s){var p=c.polys[s];if(!p)return;if(same)return p.setAttribute("points",c.saved[s]);
    var tk=d.metrics&&d.metrics[s]==="token",pts=rows.map(function(i){return px(c.f.x,d.x[i]).toFixed(2)+","+px(c.f.y,tk?tok(v,d.loss[i]):ys[i]).toFixed(2);});
    if(pts.length===1)pts.push(pts[0]);p.setAttribute("points",pts.join(" "));});
    if(line){line.style.display=mode.shape==="hinge"?"":"none";line.setAttribute("d",same?c.savedD:c.savedD.replace(/^M[-0-9.]+/,"M"+px(c.f.x,v.eta).toFixed(2)));}});
    inputs.forEach(function(i){var t=d.text[i.name],j=Math.round((i.value-i.min)/i.step);for(var k in t)m[k]=t[k][j];});
    inputs.forEach(function(i){var t=fill(d.valueText[i.name],m);box.querySelector("output[for='"+i.id+"']").textContent=t;i.setAttribute("aria-valuetext",t);});
    var s=fill(mode.sentence,m);clearTimeout(timer);if(now)said.textContent=s;else timer=setTimeout(function(){said.textContent=s;},300);}
    function apply(p){mode=p;inputs.forEach(function(i){i.value=i.name in p.set?p.set[i.name]:i.defaultValue;i.disabled=p.off.indexOf(i.name)>=0;});draw(1);}
    inputs.forEach(function(i){i.addEventListener("input",function(){draw(0);});});
    box.querySelector("button.lb-explore-reset").addEventListener("click",function(){apply(own);});
    window.addEventListener("beforeprint",function(){apply(own);});
    var pre=box.querySelector(".lb-explore-presets");
    if(pre){pre.hidden=false;[].forEach.call(pre.querySelectorAll("button"),function(b,j){b.addEventListener("click",function(){apply(d.presets[j]);});});}
    });})();
    """

  /// The policy source for this script: `'sha256-…'` of its exact bytes.
  public static var hashSource: String { CSPHash.source(of: source) }
}

/// The Content-Security-Policy hash of an inline script.
public enum CSPHash {
  public static func source(of script: String) -> String {
    "'sha256-" + Base64.encode(SHA256.digest(Array(script.utf8))) + "'"
  }
}

/// Standard base64 with padding.
enum Base64 {
  static func encode(_ bytes: [UInt8]) -> String {
    let table = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
    var out = ""
    var i = 0
    while i < bytes.count {
      let b0 = bytes[i]
      let b1 = i + 1 < bytes.count ? bytes[i + 1] : 0
      let b2 = i + 2 < bytes.count ? bytes[i + 2] : 0
      out.append(table[Int(b0 >> 2)])
      out.append(table[Int((b0 & 3) << 4 | b1 >> 4)])
      out.append(i + 1 < bytes.count ? table[Int((b1 & 15) << 2 | b2 >> 6)] : "=")
      out.append(i + 2 < bytes.count ? table[Int(b2 & 63)] : "=")
      i += 3
    }
    return out
  }
}
