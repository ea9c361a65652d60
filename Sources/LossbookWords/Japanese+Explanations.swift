/// The Japanese sentences of explanations: 敬体 (です・ます) for managers, no space between
/// full-width and half-width characters (JTF 3.1.1), ranges as 「AからB」, the terminology of
/// TEACHING.md section 4.4. Keys and placeholders match the English catalogue exactly; a key
/// ending in `.models` is the sentence for separately trained models (`points: models`).
extension Japanese {
  static let explanations: [String: String] = [
    "slot.in_short": "結論",
    "slot.looked_at": "調べたもの",
    "slot.found": "わかったこと",
    "slot.how_sure": "どのくらい確かか",
    "slot.not_mean": "誤解しやすい点",
    "slot.decision": "判断に使うなら",
    "slot.one_sentence": "ひとことで言うと",
    "slot.details": "統計の詳細（専門家向け）",
    "slot.quiz": "読む前に予想：",
    "slot.quiz_answer": "答えを見る",

    "headline.emergent": "{task}：[[loss]]が約{eta}を下回るまで、{metric}は[[guessing]]のままでした",
    "headline.smooth": "{task}：[[loss]]が下がるにつれて{metric}は着実に上がり、[[threshold]]は見つかりませんでした",
    "headline.inconclusive": "{task}：{eta}付近に[[threshold]]がある可能性はありますが、このデータでは判断できません",

    "short.emergent.shows": "このデータの{task}は、[[emergent_ability]]の典型的な形です。",
    "short.emergent.suggests": "このデータからは、{task}は[[emergent_ability]]の典型的な形をしていると考えられます。",
    "short.emergent.flat": "[[loss]]が{eta}より高いあいだ、{metric}は[[guessing]]の{chance}前後のままです。",
    "short.emergent.rise": "損失が{eta}を下回ると{metric}は上がり始め、損失が0.1下がるごとに約{points}ポイント上がります。",
    "short.smooth": "このデータの{task}は、[[emergent_ability]]ではありません。",
    "short.smooth.off_chance": "損失が最も高い[[checkpoint]]でも{mean_above}で、[[guessing]]の{chance}を超えます。",
    "short.smooth.off_chance.models": "損失が最も高い[[model]]でも{mean_above}で、[[guessing]]の{chance}を超えます。",
    "short.smooth.steady": "[[loss]]が下がると{metric}は少しずつ変わり、急に現れる点はありませんでした。",
    "short.inconclusive": "このデータでは、{task}に[[threshold]]があるかどうか判断できません。",

    "looked.n": "{task}の[[checkpoint]]{n}点を、{metric}で調べました。",
    "looked.n.models": "[[model]]{n}個について、{task}の{metric}を調べました。",
    "looked.items": "それぞれ{options}択・{items}問で測っています。",
    "looked.chance.options": "{options}択なので、でたらめに答えても100問中およそ{chance_count}問は正解します。これが[[guessing]]です。",
    "looked.chance.plain": "でたらめに答えた場合はおよそ{chance}になります。これが[[guessing]]です。",
    "looked.chance.brier": "ブライアスコアは低いほど良く、でたらめな予測では{chance}になります。これが[[guessing]]です。",

    "found.above.flat": "損失が{eta}より高い{n_above}点：平均{metric}は{mean_above}で、ランダム推測レベルと区別できません。損失が下がっても横ばいでした。",
    "found.above.flat.tolerance":
      "損失が{eta}より高い{n_above}点：平均{metric}は{mean_above}で、ランダム推測レベル{chance}との差が許容幅の内側なので、ランダム推測レベルとみなします。損失が下がってもほとんど変わりませんでした。",
    "found.above.off": "損失が{eta}より高い{n_above}点：平均{metric}は{mean_above}で、ランダム推測レベル{chance}からはっきり離れています。",
    "found.above.sloped": "損失が{eta}より高い{n_above}点：平均{metric}は{mean_above}で、損失が下がると変わり続けていました。",
    "found.below.improves":
      "損失が{eta}より低い{n_below}点：損失が0.1下がるごとに、{metric}が約{points}ポイント（{points_lo}から{points_hi}ポイント）上がりました。",
    "found.below.flat": "損失が{eta}より低い{n_below}点：損失が下がっても、はっきりした上昇は見られませんでした。",
    "found.above.flat.models": "損失が{eta}より高い{n_above}個のモデル：平均{metric}は{mean_above}で、ランダム推測レベルと区別できません。損失が下がっても横ばいでした。",
    "found.above.flat.tolerance.models":
      "損失が{eta}より高い{n_above}個のモデル：平均{metric}は{mean_above}で、ランダム推測レベル{chance}との差が許容幅の内側なので、ランダム推測レベルとみなします。損失が下がってもほとんど変わりませんでした。",
    "found.above.off.models": "損失が{eta}より高い{n_above}個のモデル：平均{metric}は{mean_above}で、ランダム推測レベル{chance}からはっきり離れています。",
    "found.above.sloped.models": "損失が{eta}より高い{n_above}個のモデル：平均{metric}は{mean_above}で、損失が下がると変わり続けていました。",
    "found.below.improves.models":
      "損失が{eta}より低い{n_below}個のモデル：損失が0.1下がるごとに、{metric}が約{points}ポイント（{points_lo}から{points_hi}ポイント）上がりました。",
    "found.unmeasured": "損失が{eta}より{side}側のチェックポイントは{side_n}点しかなく、この側の傾向は示せません。",
    "found.unmeasured.models": "損失が{eta}より{side}側のモデルは{side_n}個しかなく、この側の傾向は示せません。",
    "found.below.flat.models": "損失が{eta}より低い{n_below}個のモデル：損失が下がっても、はっきりした上昇は見られませんでした。",
    "found.reference": "損失{ref_loss}のモデルでは約{ref_score}です。",
    "found.rho": "{metric}と損失の順位相関は{rho}でした（-1は「損失が低いほどスコアが必ず高い」を意味します）。",

    "sure.interval.calibrated":
      "[[threshold]]の位置：{eta_range}の閾値は最もよい閾値とほぼ同じくらいデータに合い、その外の閾値ははっきり合いが悪くなります。これが{level}[[interval]]です。どこからを「はっきり悪い」とするかは、データを無作為に選び直した{replicates}回の分析で確かめました。",
    "sure.interval.profile":
      "[[threshold]]の位置：{eta_range}の閾値は最もよい閾値とほぼ同じくらいデータに合い、その外の閾値ははっきり合いが悪くなります。これが{level}[[interval]]です。",
    "sure.interval":
      "[[threshold]]の位置：データを無作為に選び直して、分析を{replicates}回やり直しました。そのうち{level}の回で、閾値は{eta_range}の間に入りました。これが{level}[[interval]]です。",
    "sure.p.floor":
      "折れ曲がりは偶然か：[[threshold]]のないデータ（まっすぐな傾向に同じ大きさのばらつきを加えたもの）を{B}回作りました。今回ほど強い折れ曲がりは一度も出ず、[[p_value]]は{p_floor}未満です。",
    "sure.p.some":
      "折れ曲がりは偶然か：[[threshold]]のないデータ（まっすぐな傾向に同じ大きさのばらつきを加えたもの）を{B}回作りました。そのうち{exceed}回で同じかそれ以上の折れ曲がりが出て、[[p_value]]は{p_plain}です。",
    "sure.bic.hinge":
      "ほかの形との比較：閾値のある折れ線のほうが、なめらかなS字曲線よりよく当てはまりました。[[bic]]の差は{delta_bic}で、通常の目安（Raftery 1995）で「{bic_word}」根拠です。",
    "sure.bic.logistic":
      "ほかの形との比較：なめらかなS字曲線のほうが、閾値のある折れ線よりよく当てはまりました。[[bic]]の差は{delta_bic}で、通常の目安（Raftery 1995）で「{bic_word}」根拠です。",
    "sure.bic.tie": "ほかの形との比較：どちらもほぼ同じくらい当てはまりました。[[bic]]の差は{delta_bic}だけで、どちらとも決められません。",

    "bic.weak": "弱い",
    "bic.positive": "ある程度の",
    "bic.strong": "強い",
    "bic.very_strong": "非常に強い",

    "reason.no_chance_level": "ランダム推測レベルが与えられていないため、「ランダム推測レベルのまま」かどうかを判断できません。",
    "reason.too_few_points_on_side": "閾値より損失が{side}側の[[checkpoint]]は{side_n}点しかなく、少なくとも{min_side}点が必要です。",
    "reason.too_few_points_on_side.models": "閾値より損失が{side}側の[[model]]は{side_n}個しかなく、少なくとも{min_side}個が必要です。",
    "reason.threshold_detected": "検定で折れ曲がりが見つかりました（{p_text}）。",
    "reason.no_threshold_detected": "検定では、はっきりした折れ曲がりは見つかりませんでした（{p_text}）。",
    "reason.p_value_in_grey_zone": "検定の結果は境界線上です（{p_text}。{alpha}から{alpha2}の間）。閾値があるとも、ないとも言えません。",
    "reason.line_preferred": "折れのない直線でも、折れ線と同じくらいよく当てはまります（BICは直線{bic_linear}、折れ線{bic_hinge}）。",
    "reason.bic_split": "閾値のある折れ線となめらかなS字曲線の当てはまりがほぼ同じです（BICの差は{delta_bic}で、{bic_margin}未満）。",
    "reason.threshold_on_boundary": "最も良い閾値{eta}は探した範囲の端にあり、横ばいの区間は見つかりませんでした。",
    "reason.high_loss_side_at_chance": "閾値より損失が高い側の平均{mean_above}は、ランダム推測レベル{chance}と区別できません。",
    "reason.high_loss_side_off_chance": "閾値より損失が高い側の平均{mean_above}は、ランダム推測レベル{chance}からはっきり離れています。",
    "reason.high_loss_side_flat": "閾値より損失が高い側では、傾向は見られません。",
    "reason.high_loss_side_sloped": "閾値より損失が高い側でも、スコアは損失とともに変わっています。",
    "reason.low_loss_side_improves": "閾値より損失が低い側では、損失が下がるほどスコアが良くなります。",
    "reason.low_loss_side_does_not_improve": "閾値より損失が低い側では、スコアがはっきりとは良くなっていません。",
    "reason.best_by_bic": "三つの当てはめのうち、BICが最小なのは{best_fit}です。",
    "reason.unknown": "結果ファイルにはほかの理由も記録されています（{reason}）。",

    "caveat.scale": "{eta}は、このモデル群の学習データとトークナイザーで測った損失の尺度での値です。別のデータや別のトークナイザーで測った損失とは、直接比べられません。",
    "caveat.scale.generic": "損失の値は、このモデル群の学習データとトークナイザーで決まる尺度での値です。別の方法で測った損失とは、直接比べられません。",
    "caveat.start": "閾値は{metric}が「上がり始める点」であり、「実用になる点」ではありません。",
    "caveat.not_found": "「閾値が見つからなかった」は「閾値がない」という意味ではありません。調べた範囲の外にある閾値や、見えないほど小さな段差は否定できません。",
    "caveat.cannot_tell": "「判断できない」は、閾値がある・ないのどちらの結論でもありません。特に{eta}付近のチェックポイントを増やせば、決着がつく可能性があります。",
    "caveat.cannot_tell.models": "「判断できない」は、閾値がある・ないのどちらの結論でもありません。損失が{eta}付近のモデルを増やせば、決着がつく可能性があります。",
    "caveat.independence": "同じ学習ランのチェックポイントどうしは独立ではないため、この区間は狭すぎるかもしれません。ラン単位で選び直すと、より公平な区間になります。",
    "caveat.independence.runs": "同じ学習ランのチェックポイントどうしは独立ではないため、区間はラン単位で選び直して求めました。",
    "caveat.independence.models":
      "別々に学習したモデルどうしは、独立なデータに近いと言えます。ただし、同じ作り方のモデルには共通の癖があり得るため、この区間はモデルが無作為な標本のように振る舞うと仮定しています。",
    "caveat.independence.runs.models": "同じ作り方のモデルどうしは似た振る舞いをすることがあるため、区間は個々のモデルではなくグループ単位で選び直して求めました。",
    "caveat.size": "この分析は損失だけを使っています。同じ損失でモデルの大きさが効くかどうかは調べておらず、損失を下げる費用も評価していません。",
    "caveat.size.untested": "同じ損失でモデルの大きさが効くかどうかは調べていません。",
    "caveat.cost.untested": "損失を下げる費用も評価していません。",
    "caveat.simulated": "このデータはシミュレーションで、本当の閾値は{true_eta}に設定してありました。",
    "size.loss-only":
      "ここではモデルの大きさは原因ではありません。同じ損失では、どの大きさのモデルも{size_reference}との差が{size_tol}{size_unit}以内でした（最大の差は{size_gap}、{size_p}{size_p_adjusted}）。",
    "size.size-matters":
      "モデルの大きさも効いています。同じ損失で、{size_group}は{size_reference}と{size_gap}{size_unit}離れており、許容幅{size_tol}を超えました（{size_p}{size_p_adjusted}）。",
    "size.inconclusive":
      "同じ損失でモデルの大きさが効くかどうかを調べましたが、このデータでは決着がつきません（最大の差は{size_gap}{size_unit}、許容幅は{size_tol}、{size_p}{size_p_adjusted}）。",
    "size.adjusted.holm": "、ノートブックの検定全体でHolm法により補正",
    "size.adjusted.bh": "、ノートブックの検定全体でBenjamini-Hochberg法により補正",
    "size.unit.points": "ポイント",
    "size.unit.score": "",
    "decision.budget":
      "必要な投資：当てはめた損失の法則では、損失{budget_eta}に最も安く届くのは、{budget_n}パラメータのモデルを{budget_tokens}トークンで学習する方法で、計算量は約{budget_flops} FLOPsです。",
    "decision.budget.smallest": "{budget_smallest}パラメータより小さいモデルは、どれだけデータを増やしても届きません。",
    "decision.budget.unreachable": "当てはめた損失の法則では、どの大きさのモデルも損失{budget_eta}には届きません。",
    "caveat.continuous": "ここでは正解か不正解かの採点だけを分析しました。正解に与えた確率のような連続的な指標でも同じ閾値が現れるかは、調べていません（Schaefferら2023）。",

    "decision.emergent": "これらの学習ランでは、この尺度で損失を約{eta}より下げることが、この能力が現れる条件でした。",
    "decision.emergent.models": "これらのモデルでは、この尺度で損失が約{eta}より低いことが、この能力が現れる条件でした。",
    "decision.emergent.cost": "どの方法（データを増やす、モデルを大きくする、学習を長くする）で下げるのが最も安いかは、別に検討する必要があります。",
    "decision.smooth": "このタスクでは、損失を下げればその分だけ{metric}が良くなります。「ある値を超えるまで投資が無駄になる」タイプではありません。",
    "decision.inconclusive": "{task}については、まだ閾値を前提に計画しないでください。先に、特に{eta}付近のチェックポイントを増やしてください。",
    "decision.inconclusive.side": "{task}については、まだ閾値を前提に計画しないでください。先に、損失が{eta}より{side}側のチェックポイントを増やしてください。",
    "decision.inconclusive.side.models":
      "{task}については、まだ閾値を前提に計画しないでください。先に、損失が{eta}より{side}側のモデルを新たに学習するか既存のものから探して、数を増やしてください。",
    "decision.inconclusive.models": "{task}については、まだ閾値を前提に計画しないでください。先に、損失が{eta}付近のモデルを新たに学習するか既存のものから探して、数を増やしてください。",

    "restate.emergent": "{task}の能力は、損失という健康診断の数値がこの尺度で約{eta}を下回って初めて現れ、その後は着実に伸びます。",
    "restate.smooth": "{task}は、この尺度で損失を下げた分だけ少しずつ良くなります。閾値型の出現能力ではありません。",
    "restate.inconclusive": "この尺度で、{task}には{eta}付近に閾値があるかもしれませんが、このデータでは判断できません。",

    "details.model": "折れ線（ヒンジ）モデル（y = r + k·max(η − L, 0)）を、隣り合う損失の値のあいだのすべての位置でのプロファイル最小二乗で大域最適に当てはめました。η̂ = {eta}。",
    "details.interval.calibrated": "区間：{level}プロファイル尤度、打ち切り値はブートストラップ再標本化{replicates}回で較正（{ci_method}）で{eta_ci}。",
    "details.interval.profile": "区間：{level}プロファイル尤度、カイ二乗(1)の打ち切り値（{ci_method}）で{eta_ci}。",
    "details.interval": "区間：{level}パーセンタイル・ブートストラップ（{ci_method}、再標本化{replicates}回）で{eta_ci}。",
    "details.supf":
      "線形の帰無モデルに対するsup-F（Andrews 1993）：η = {supf_at}で{supf_stat}、{p_text}（当てはめた直線によるパラメトリック・ブートストラップ、B = {B}、超過{exceed}回）。",
    "details.davies": "Davies検定（k = {davies_k}）：{davies_p}。",
    "details.chow": "Chow検定（{chow_at}）：F = {chow_f}、{chow_p}。",
    "details.cusum": "OLS-CUSUM：{cusum_stat}、{cusum_p}。",
    "details.segments": "η̂より上：n = {n_above}、平均{mean_raw}、傾き{slope_above}（損失1あたり）。下：n = {n_below}、傾き{slope_below}。",
    "details.bic":
      "BIC：折れ線{bic_hinge}、ロジスティック{bic_logistic}、直線{bic_linear}。ΔBIC（ロジスティック − 折れ線）= {delta_bic_signed}で、Raftery（1995）の目安では「{bic_word}」（区切りは2、6、10で、弱い、ある程度の、強い、非常に強い）。",
    "details.spearman": "スピアマンの順位相関ρ = {rho}。",
    "details.other": "ランダム推測レベル{chance_raw}。シード{seed}。",
    "details.verdict": "判定：{verdict_word}。理由（確かめた順）：",
    "details.assume.noise.binomial":
      "前提：どの曲線も最小二乗法で当てはめています。これは、各スコアが曲線に分散一定の正規分布のノイズを加えたものだと仮定することにあたります。正答率は実際には二項分布に従い、分散は半分の問題に正解するあたりで最も大きく、ランダム推測レベルや上限の近くで小さくなります。そのためBICとF統計量は近似で、各チェックポイントの問題数が多いほど正確です。",
    "details.assume.noise":
      "前提：どの曲線も最小二乗法で当てはめています。これは、各スコアが曲線に分散一定の正規分布のノイズを加えたものだと仮定することにあたります。{metric}のノイズが水準によって変わる場合、BICとF統計量は近似です。",
    "details.assume.supf":
      "帰無仮説（直線）のもとでは推定すべき閾値が存在しないため、すべての候補の閾値にわたるFの最大値はF分布に従いません（Davies 1977、Andrews 1993）。そこでp値はシミュレーションで求めています。当てはめたノイズで直線のデータを{B}個作り、実際のデータと同じようにすべての閾値を探しました。",
    "details.assume.runs":
      "同じ学習のチェックポイントは重みと学習データを共有しているので、互いに独立ではありません。区間は学習ごとまとめて再標本化していますが、検定はチェックポイントを独立として扱うため、p値が小さく出すぎることがあります。",
    "details.assume.cases":
      "区間は行を1つずつ再標本化し、検定も行を独立として扱っています。同じ学習のチェックポイントは重みと学習データを共有していて独立ではないので、行がチェックポイントの場合はどちらも確かさを過大に見積もることがあります。学習ごとまとめて再標本化する（resample: runs）と、正直な区間になります。",
    "details.assume.noise.binomial.models":
      "前提：どの曲線も最小二乗法で当てはめています。これは、各スコアが曲線に分散一定の正規分布のノイズを加えたものだと仮定することにあたります。正答率は実際には二項分布に従い、分散は半分の問題に正解するあたりで最も大きく、ランダム推測レベルや上限の近くで小さくなります。そのためBICとF統計量は近似で、各モデルを評価した問題数が多いほど正確です。",
    "details.assume.runs.models":
      "区間はモデルを1つずつ再標本化し、検定もモデルを互いに独立として扱っています。別々に学習したモデルは実際に独立です。",
    "details.assume.cases.models":
      "区間はモデルを1つずつ再標本化し、検定もモデルを互いに独立として扱っています。別々に学習したモデルは実際に独立です。",
    "details.assume.single": "このノートブックの検定はこれ1つなので、多重検定の補正は要りません。",
    "details.assume.holm":
      "このノートブックは{tests_total}個の検定を行いました。判定には、そのすべてにわたってHolm法で補正したp値（{verdict_p}）を使っています。これで、どれか1つでも誤って検出する確率を{alpha}に抑えます。",
    "details.assume.bh":
      "このノートブックは{tests_total}個の検定を行いました。判定には、そのすべてにわたってBenjamini-Hochberg法で補正したp値（{verdict_p}）を使っています。これで、検出したもののうち誤検出が占める割合の期待値を{alpha}に抑えます。",
    "details.assume.none":
      "このノートブックは{tests_total}個の検定を行い、指定どおりp値を補正していません。そのため、どれか1つでも誤って検出する確率は{alpha}より大きくなります。",
    "details.assume.collapse":
      "大きさの確認では、すべての大きさに1本の曲線を最小二乗法で当てはめ、大きさごとに同じ損失での上下のずれを許します。ずれの検定のp値は、共通の曲線1本のもとでのパラメトリック・ブートストラップで求め、「許容幅の内側」とは、どの大きさの同等性の区間も許容幅に収まること（2つの片側検定）を意味します。",

    "verdict.emergent": "出現型（閾値あり）",
    "verdict.smooth": "なめらか型（閾値なし）",
    "verdict.inconclusive": "判定保留",
    "side.above": "高い",
    "side.below": "低い",

    "quiz.question": "損失{quiz_loss}のモデルの{metric}は、どのくらいでしょうか。",
    "quiz.answer.flat": "約{quiz_score}で、ランダム推測レベルです。損失{quiz_loss}は[[threshold]]{eta}より高いからです。",
    "quiz.answer.rise": "約{quiz_score}です。損失{quiz_loss}は[[threshold]]{eta}より低く、{metric}が上がり始めています。",

    "fit.hinge": "閾値のある折れ線",
    "fit.logistic": "なめらかなS字曲線",
    "fit.linear": "直線",

    "metric.accuracy": "正答率",
    "metric.prob": "正解の確率",
    "metric.brier": "ブライアスコア",
    "metric.exact_match": "完全一致率",
    "metric.score": "スコア",

    // The explorer's live sentence (TEACHING X4), with "short.emergent.*" and "short.smooth.steady" above.
    "explore.smooth": "ここでは{metric}はなめらかなS字曲線に沿って上がり、損失{mid}のあたりで最も速く上がります。",
    "explore.linear": "ここでは損失が0.1下がるごとに、{metric}が約{points}ポイント上がります。",
    "explore.exact.token":
      "答えの1トークンごとの正答率は、損失が下がるにつれてなめらかに上がり、損失が最も高いときの{token_high}から最も低いときの{token_low}になります。",
    "explore.exact.whole":
      "{metric}では答えのトークンがすべて合って初めて正解になるので、{tokens}トークンの答えの{metric}は、同じ範囲で{exact_high}から{exact_low}になります。",
    "explore.exact.onset": "{onset}",
    "explore.exact.onset.late":
      "損失が{exact_onset}に下がるまで、{metric}は{level}未満のままです。そのとき1トークンごとの正答率はすでに{token_onset}です。この急な変化は採点のしかたによるもので、モデルが急に変わったためではありません（Schaefferら2023）。",
    "explore.exact.onset.never":
      "損失の範囲全体で、{metric}は{level}未満のままです。損失が最も低いときには1トークンごとの正答率が{token_low}に達していても、採点のしかたがモデルの進歩を隠してしまいます（Schaefferら2023）。",
    "explore.exact.onset.early": "{metric}は、損失が最も高いときにすでに{level}以上です。",
    "explore.exact.onset.one": "答えが1トークンなら、2つのスコアは同じものを測っていて、点も重なります。",
    "explore.band":
      "1回の評価あたり{items}問では、でたらめに答えるだけでも{metric}は100回中95回ほど{chance}の前後±{band}ポイントの範囲に入ります。これより小さな伸びは、ランダム推測レベルと区別できません。",
    "explore.resolution": "1回の評価あたり{items}問では、{items}問に1問に満たない{metric}は、ほとんど0と表示されます。",
  ]
}
