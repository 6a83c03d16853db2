/**
 * Names of firms, institutions and sights that open with a place name and a few more characters
 * (北京市牛栏山酒厂, 广州起义纪念馆, 阿坝黄龙寺): the place name there is part of the name, not a
 * mention of the place. The characters between must read as a name, not as a phrase about the
 * place: 北京的公司, 在上海注册公司 and 成都周边景区 keep their place.
 */

// A character that may stand inside a name: no particle, preposition, verb of motion or measure word.
const NAME_CHAR = '(?:(?![的地得在去到从往回和与及或是有了个家一这那各])[\\u4e00-\\u9fff])';
// Words that make the run a phrase about the place (成都周边景区, 上海著名景区, 深圳注册公司).
const PHRASE_WORD = /中心|城区|星级|快捷|经济型|豪华|特价|周边|附近|境内|市内|当地|本地|热门|著名|知名|主要|旅游|注册|成立|开办|设立|创办|开设|入职|上班|工作|所有|多数/;

/** A legal form ends the name however short the run is (北京燕京啤酒股份有限公司, 永安百货有限公司). */
const LEGAL_FORM = new RegExp(`(${NAME_CHAR}{0,8}?)(?:股份有限公司|有限责任公司|有限公司|集团)`, 'y');
/** A bare 公司 or 厂 needs a run of its own (北京市牛栏山酒厂); so do sights and institutions (阿坝黄龙寺, 阿坝西羌第一村). */
const NAMED_PLACE = new RegExp(`(${NAME_CHAR}{2,6}?)(?:公司|厂)|(${NAME_CHAR}{0,6}?)(?:纪念馆|博物馆|风景区|景区|生态区|旅游区|度假区|保护区|寺|庙)|(${NAME_CHAR}{0,4}?)第一[村寨街楼关桥]`, 'y');

/**
 * Hotels (临汾唐尧大酒店, 大同市九龙宾馆, 山西银龙“摘星”酒店), festivals and fairs (洛阳河洛文化旅游节, 洛阳会展中心)
 * and a city's named stations (徐州东站, 徐州汽车南站; a bare 站 is left to the other rules) are named for the place but are not it. 北京的酒店, 上海星级酒店
 * and 广州春节 keep their place: the run must read as a name and the festival suffix is a compound;
 * 山西省共复核饭店108家 counts hotels of the province, no hotel's name.
 */
const LODGING_OR_EVENT = new RegExp(
  `(${NAME_CHAR}{1,8}?(?:“[^”]{1,6}”)?)(?:大酒店|酒店|宾馆|饭店|旅馆|旅舍|客栈)(?![\\d几多数]+家)|(${NAME_CHAR}{0,8}?)(?:文化节|旅游节|艺术节|美食节|音乐节|电影节|啤酒节|博览会|交易会|会展中心|博览中心)|([东西南北]|汽车[东西南北总]?|客运[东西南北总]?)站(?![在着起住立])`,
  'y',
);

const NAME_ENDINGS = [LEGAL_FORM, NAMED_PLACE, LODGING_OR_EVENT];

/** Whether the text from end on finishes a firm's, institution's or sight's name. */
export function isOrganisationNameAfter(text: string, end: number): boolean {
  for (const re of NAME_ENDINGS) {
    re.lastIndex = end;
    const m = re.exec(text);
    if (m && !PHRASE_WORD.test(m[1] ?? m[2] ?? m[3] ?? '')) return true;
  }
  return false;
}

// 四大百货公司包括先施、永安: the members listed after a kind of firm are firms.
const FIRM_LIST_INTRO = /(?:公司|集团|品牌|商场|商店|银行|企业|百货|酒店|饭店|餐厅|老字号)(?:包括|有|如|即)[:：]?(?:[\u4e00-\u9fff]{1,6}、)*$/;
const LIST_REACH = 40;
const LIST_LEAD = '、括有如即:：';

/** Whether the name at start is a member of a list of firms (listed after 公司包括, 品牌有 …). */
export function isFirmListMember(text: string, start: number): boolean {
  // Runs for every name found: a list member follows a 、 or the intro's last character.
  if (start === 0 || !LIST_LEAD.includes(text[start - 1]!)) return false;
  let a = start;
  while (a > 0 && start - a < LIST_REACH && /[\u4e00-\u9fff、:：]/.test(text[a - 1]!)) a--;
  return FIRM_LIST_INTRO.test(text.slice(a, start));
}
