/// The one script of a report with explorers: it re-simulates a task when a slider moves and
/// redraws the figure. It is a constant (the page's Content-Security-Policy allows exactly its
/// SHA-256), reads each explorer's data from a `<script type="application/json">` next to it,
/// never fetches anything, and does nothing until the reader moves a control, so the untouched
/// report is the static one. Draws use a seeded mulberry32, so the same slider values always
/// give the same picture.
public enum ExplorerScript {
  public static let source = """
    (function(){"use strict";
    function rng(a){return function(){a=a+0x6D2B79F5|0;var t=Math.imul(a^a>>>15,1|a);t=t+Math.imul(t^t>>>7,61|t)^t;return((t^t>>>14)>>>0)/4294967296;};}
    function hash(s){var h=2166136261;for(var i=0;i<s.length;i++){h^=s.charCodeAt(i);h=Math.imul(h,16777619);}return h>>>0;}
    function px(a,v){var lo=a.log?Math.log10(a.lower):a.lower,hi=a.log?Math.log10(a.upper):a.upper,t=((a.log?Math.log10(v):v)-lo)/(hi-lo);if(a.reversed)t=1-t;return a.start+t*(a.end-a.start);}
    function prob(d,v,L){var r=d.random,c=d.ceiling,q;if(d.shape==="hinge")q=L>=v.eta?r:Math.min(c,r+v.slope*(v.eta-L));else if(d.shape==="logistic")q=r+(c-r)/(1+Math.exp((L-v.mid)/v.width));else q=Math.min(Math.max(v.value-v.slope*(L-v.at),r),c);return Math.min(Math.max(q,0),1);}
    function num(x,dp){var s=x.toFixed(dp);if(dp===0)s=s.replace(/\\B(?=(\\d{3})+(?!\\d))/g,",");return s;}
    function fill(t,m){return t.replace(/\\{(\\w+)\\}/g,function(_,k){return m[k];});}
    document.querySelectorAll(".lb-explore").forEach(function(box){
    var d=JSON.parse(box.querySelector("script[type='application/json']").textContent);
    var svg=document.getElementById(d.figure).querySelector("svg"),inputs=[].slice.call(box.querySelectorAll("input[type=range]"));
    var said=box.querySelector(".lb-explore-sentence"),timer=0,line=svg.querySelector(".lb-threshold");
    var polys=d.series.map(function(_,s){var g=svg.querySelectorAll(".lb-series")[s];return g&&g.querySelector(".lb-points");});
    var saved=polys.map(function(p){return p&&p.getAttribute("points");}),savedD=line&&line.getAttribute("d"),savedSaid=said.textContent;
    function values(){var v={};for(var k in d.values)v[k]=d.values[k];inputs.forEach(function(i){v[i.name]=parseFloat(i.value);});return v;}
    function words(v){var n=Math.round(v.items||0),c=d.random,band=n?200*Math.sqrt(c*(1-c)/n):0;
    return {eta:num(v.eta||0,2),mid:num(v.mid||0,2),width:num(v.width||0,2),n:num(n,0),band:num(band,1),chance:num(100*c,0),slope:num(10*(v.slope||0),1)};}
    function label(){inputs.forEach(function(i){var f=d.valueText[i.name],t=fill(f.t,{value:num(parseFloat(i.value)*f.scale,f.dp)});box.querySelector("output[for='"+i.id+"']").textContent=t;i.setAttribute("aria-valuetext",t);});}
    function draw(){var v=values(),n=Math.round(v.items||0),r=rng(hash(d.seed+"|"+JSON.stringify(v)));
    var ys=d.loss.map(function(L){var q=prob(d,v,L);if(!n)return q;var k=0;for(var j=0;j<n;j++)if(r()<q)k++;return k/n;});
    d.series.forEach(function(rows,s){if(!polys[s])return;
    var pts=rows.map(function(i){return px(d.frame.x,d.x[i]).toFixed(2)+","+px(d.frame.y,ys[i]).toFixed(2);});
    if(pts.length===1)pts.push(pts[0]);polys[s].setAttribute("points",pts.join(" "));});
    if(line&&v.eta!==undefined)line.setAttribute("d",savedD.replace(/^M[-0-9.]+/,"M"+px(d.frame.x,v.eta).toFixed(2)));
    label();var w=words(v);clearTimeout(timer);timer=setTimeout(function(){said.textContent=fill(d.sentence,w);},300);}
    inputs.forEach(function(i){i.addEventListener("input",draw);});
    box.querySelector("button.lb-explore-reset").addEventListener("click",function(){clearTimeout(timer);
    inputs.forEach(function(i){i.value=i.defaultValue;});polys.forEach(function(p,s){if(p)p.setAttribute("points",saved[s]);});
    if(line)line.setAttribute("d",savedD);label();said.textContent=savedSaid;});
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
