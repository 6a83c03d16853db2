/**
 * Readings a user notices on real pages, with the bundled data: names inside other names are no
 * places, a sure name beats a doubtful one it overlaps, traditional pages are read like simplified
 * ones with spans in their own text, and a transfer's two ends come back as a pair.
 */
import { describe, expect, it } from 'vitest';
import { bundledDetector } from '../../lib/bundle/validated-detector';

const detector = bundledDetector();
const places = (text: string) =>
  detector
    .scan(text)
    .mentions.filter((m) => m.kind === 'place')
    .map((m) => m.name);
const topics = (text: string) => [...new Set(detector.scan(text).mentions.filter((m) => m.kind === 'topic').map((m) => m.id))];

describe('names inside other names', () => {
  it('reads streets, lakes, sights and firms named for a place as no place', () => {
    expect(places('上海的南京路步行街和南京东路站')).toEqual(['上海市']);
    expect(places('成都到青海湖自驾')).toEqual(['成都市']);
    expect(places('北京燕京啤酒股份有限公司的北京时间')).toEqual([]);
  });

  it('reads an old capital’s bare name as the city beside a capital word, the word elsewhere', () => {
    expect(places('金人南下，宋室迁都开封之后')).toEqual(['开封市']);
    expect(places('开封古都的夜市')).toEqual(['开封市']);
    expect(places('快递开封后请检查')).toEqual([]);
  });

  it('reads hotels, fairs and named stations of a city as no place, a count of hotels as the province', () => {
    expect(places('住在郑州花园大酒店，对面是重庆市江景宾馆')).toEqual([]);
    expect(places('2019南宁民歌艺术节在南宁会展中心开幕')).toEqual([]);
    expect(places('从合肥南站打车去酒店')).toEqual([]);
    expect(places('到了杭州，再去北京的酒店')).toEqual(['杭州市', '北京市']);
    expect(places('今年湖南省新评饭店20家')).toEqual(['湖南省']);
  });

  it('reads a mountain a city was renamed for, a bay, and a mountain or dish holding a name, as no place', () => {
    expect(places('登上庐山看云海，再去黄山看日出')).toEqual([]);
    expect(places('黄山市的黄山')).toEqual(['黄山市']);
    expect(places('去五台山和长白山，吃一顿北京烤鸭')).toEqual([]);
    expect(places('杭州湾跨海大桥连着胶州湾边的青岛')).toEqual(['青岛市']);
    expect(places('佛山和鞍山')).toEqual(['佛山市', '鞍山市']);
  });

  it('still reads two names written together as two places', () => {
    expect(places('广东湖南两省')).toEqual(['广东省', '湖南省']);
    expect(places('在上海工作')).toEqual(['上海市']);
  });

  it('reads a club after a result verb as the club, and 向 + direction + motion as a direction', () => {
    expect(places('昨晚青岛海牛客场逼平南通支云。')).toEqual([]);
    expect(places('这条河向北流入大海，我们向南京进发')).toEqual(['南京市']);
  });

  it('reads a club named for its city as the club on the whole page', () => {
    expect(places('成都蓉城主场迎战天津津门虎。成都蓉城剑指连胜，天津津门虎阵中有伤')).toEqual([]);
    expect(places('成都蓉城主场获胜，球迷回到成都')).toEqual(['成都市']);
  });

  it('gives an overlapped doubtful name to the sure one (去江门和龙岩)', () => {
    expect(places('去江门和龙岩')).toEqual(['江门市', '龙岩市']);
  });
});

describe('places: one sense per page, things and organisations named for a place', () => {
  it('reads a bare name the way the province the page names does', () => {
    // 兴安县 lies in 广西 (a county, not marked); 兴安盟 in 内蒙古.
    expect(places('桂林和柳州都在广西，广西的兴安有灵渠。')).toEqual(['桂林市', '柳州市', '广西壮族自治区', '广西壮族自治区']);
    expect(places('兴安盟在内蒙古，内蒙古兴安的草原很美。')).toEqual(['兴安盟', '内蒙古自治区', '内蒙古自治区', '兴安盟']);
    expect(places('青海的西宁和海东，还有海南的草原。')).toContain('海南藏族自治州');
    expect(places('海南的草原。')).toEqual(['海南省']);
  });

  it('reads a plant or food named for a place as no place', () => {
    expect(places('花坛里种着长春花和月季，长春的春天来得晚。')).toEqual(['长春市']);
  });

  it('reads firms, works and sights that open with a place name as no place, phrases about the place as the place', () => {
    expect(places('永安百货有限公司和北京市牛栏山酒厂都是老字号。')).toEqual([]);
    expect(places('阿坝黄龙寺、广州起义纪念馆和西羌第一村。')).toEqual([]);
    expect(places('北京的公司很多，也有人在上海注册公司，成都周边景区也多。')).toEqual(['北京市', '上海市', '成都市']);
  });

  it('reads the members listed after a kind of firm as firms, unless the list holds places', () => {
    expect(places('四大百货公司包括先施、永安、新新。')).toEqual([]);
    expect(places('分公司包括北京、上海、永安。')).toEqual(['北京市', '上海市', '永安市']);
  });

  it('reads 北京市场 as 北京 + 市场', () => {
    expect(places('北京市场占有率第一，北京市的市场很大。')).toEqual(['北京市', '北京市']);
    expect(detector.scan('北京市场').mentions[0]).toMatchObject({ text: '北京', start: 0, end: 2 });
  });

  it('skips pinyin in brackets and reports the span in the page’s own text', () => {
    const text = '從香港國(guó)際機(jī)場(chǎng)出發(fā)到廣(guǎng)州。';
    const found = detector.scan(text).mentions.filter((m) => m.kind === 'place');
    expect(found.map((m) => m.name)).toEqual(['广州市']);
    expect(found[0]).toMatchObject({ text: '廣(guǎng)州', start: text.indexOf('廣'), end: text.indexOf('州') + 1 });
  });
});

describe('traditional characters', () => {
  it('finds places and topics in 繁體 and reports the page’s own text and offsets', () => {
    const text = '廣州醫保關係轉移接續到蘭州';
    const r = detector.scan(text);
    const gz = r.mentions.find((m) => m.name === '广州市')!;
    expect(gz).toMatchObject({ text: '廣州', start: 0, end: 2 });
    expect(r.mentions.find((m) => m.name === '兰州市')).toMatchObject({ text: '蘭州', start: 11, end: 13 });
    expect(topics(text)).toContain('transfer');
  });
});

describe('transfer pairs', () => {
  it('reports the two ends of 从A转到B, A医保转入B and A→B with their span', () => {
    const r = detector.scan('从深圳转到九江。');
    expect(r.pairs).toEqual([{ from: '440300', to: '360400', start: 0, end: 7 }]);
    expect(detector.scan('深圳医保转入江西九江').pairs).toMatchObject([{ from: '440300', to: '360400' }]);
    expect(detector.scan('广州→龙岩').pairs).toMatchObject([{ from: '440100', to: '350800' }]);
  });

  it('reads the way of moving before the verb and 老家 after it (跨省转移到, 省内转入, 办理转移到, 转回老家)', () => {
    expect(detector.scan('我从江西九江跨省转移到广东广州。').pairs).toEqual([{ from: '360400', to: '440100', start: 1, end: 15 }]);
    expect(detector.scan('从广州市省内转入深圳市').pairs).toMatchObject([{ from: '440100', to: '440300' }]);
    expect(detector.scan('从南昌办理转移到深圳').pairs).toMatchObject([{ from: '360100', to: '440300' }]);
    expect(detector.scan('医保从上海转回老家安徽合肥。').pairs).toMatchObject([{ from: '310000', to: '340100' }]);
    expect(detector.scan('从兰州至西宁跨省自驾').pairs).toEqual([]);
  });

  it('reports no pair for places merely listed or travelled between', () => {
    expect(detector.scan('深圳、九江都可以办理').pairs).toEqual([]);
    expect(detector.scan('成都到西宁自驾').pairs).toEqual([]);
  });

  it('skips pairs when asked (the page reads only mentions), with the same mentions', () => {
    const text = '从深圳转到九江。广州→龙岩';
    const skipped = detector.scan(text, { pairs: false });
    expect(skipped.pairs).toEqual([]);
    expect(skipped.mentions).toEqual(detector.scan(text).mentions);
    expect(detector.scan(text).pairs).toHaveLength(2);
  });
});

describe('topics as concepts', () => {
  it('reads bare transfer and sharing words on an insurance page, not on others', () => {
    expect(topics('医保要不要转移?线下转移需要哪些材料')).toContain('transfer');
    expect(topics('注意力转移到别处')).toEqual([]);
    expect(topics('职工医保个人账户可以给近亲属共济')).toContain('family-sharing');
  });

  it('reads a move from outside the province, the 参保(合)凭证 and a paused payment with its length', () => {
    expect(topics('职工医保办理指南。省外转入:先在本地参保')).toContain('cross-province');
    expect(topics('医保关系转移时需要原参保地出具的参保(合)凭证')).toContain('insurance-certificate');
    expect(topics('医保缴费中断超过两个月怎么办')).toContain('gap-and-backpay');
    expect(topics('医保待遇:长期中断要重新算等待期')).toContain('gap-and-backpay');
    expect(topics('网络长期中断,请稍后再试')).toEqual([]);
  });

  it('reads the balance arriving (到账) as its move, not the monthly credit or a refund; 断保 as a gap', () => {
    expect(topics('医保转移后，个人账户里的钱大约二十天到账')).toContain('balance-transfer');
    expect(topics('职工医保个人账户每月到账多少')).not.toContain('balance-transfer');
    expect(topics('医保就医报销的款项打到个人账户，一般七天到账')).not.toContain('balance-transfer');
    expect(topics('医保断保半年还能补吗')).toContain('gap-and-backpay');
  });

  it('tells registering treatment elsewhere apart from transfer', () => {
    expect(topics('临时外出就医可以先办理异地就医备案')).toEqual(['remote-care-registration']);
  });

  it('reads the channel word after a scheme word as the transfer too, not when the clause is the balance’s', () => {
    expect(topics('深圳医保线上转移怎么操作')).toEqual(expect.arrayContaining(['transfer', 'online-application']));
    expect(topics('线上转移（国家医保服务平台）')).toContain('transfer');
    expect(topics('医保余额可以线上转移吗')).not.toContain('transfer');
  });

  it('reads a balance word and a movement verb in one clause as the balance’s move, words between', () => {
    expect(topics('辞职后个人账户里的余额会一并转移到新单位所在地')).toContain('balance-transfer');
    expect(topics('职工医保转移后，个人账户余额一般要等十几个工作日才转入')).toEqual(expect.arrayContaining(['transfer', 'balance-transfer']));
    expect(topics('职工医保个人账户资金可用于支付门诊费用')).toEqual([]);
  });

  it('keeps a verb right after a scheme word the relation’s, and reads 转入地 as a place, not the move', () => {
    expect(topics('南京医保转出后，余额多久到账')).toContain('transfer');
    expect(topics('到账慢的话请咨询转入地医保部门')).not.toContain('transfer');
  });

  it('reads two places joined by a transfer verb as a transfer, within one province or across two', () => {
    expect(topics('参保人从苏州转到南京，需要提前准备什么')).toEqual(expect.arrayContaining(['transfer', 'intra-province']));
    expect(topics('参保人从成都转到重庆，需要提前准备什么')).toEqual(expect.arrayContaining(['transfer', 'cross-province']));
    expect(topics('从苏州转到南京的高铁')).toEqual([]);
    expect(topics('苏州户口迁到南京后社保怎么交')).not.toContain('intra-province');
  });

  it('reads sharing limited to the account money as family sharing, not a balance move', () => {
    expect(topics('家庭共济仅限个人账户资金，医保卡不能借给别人')).toEqual(['family-sharing']);
  });

  it('names the certificate by its documents only, not any 信息表', () => {
    expect(topics('报销医保前请先填写个人信息表')).not.toContain('insurance-certificate');
    expect(topics('转出地上传《参保人员基本医疗保险信息表》')).toContain('insurance-certificate');
  });

  it('reads a bare counter word as the certificate route beside a transfer, not in a sentence about another topic', () => {
    expect(topics('医保转移可以去线下窗口办理')).toContain('insurance-certificate');
    expect(topics('家庭共济可以通过线上或线下渠道绑定')).not.toContain('insurance-certificate');
  });

  it('reads binding as family sharing on a page about it, not elsewhere', () => {
    const text = '职工医保家庭共济怎么开通。在医保服务平台上绑定即可。';
    const found = detector.scan(text).mentions.filter((m) => m.kind === 'topic' && m.text === '绑定');
    expect(found.map((m) => m.id)).toEqual(['family-sharing']);
    expect(topics('社保卡绑定银行卡后才能缴费')).not.toContain('family-sharing');
  });
});
