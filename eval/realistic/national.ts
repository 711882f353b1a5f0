/**
 * National documents: short faithful excerpts/summaries of real central-government policies,
 * written by hand (not copied). Some only in Chinese, some only in English, a few in both.
 */
import { type Doc, parseMarkup } from './lib.ts';

interface N {
  id: string;
  ext: 'md' | 'html' | 'txt';
  title: string;
  issuer: string;
  doc_number: string | null;
  date: string;
  sectors: string[];
  body: string;
}

const ZH_TAIL = `
## 保障措施
各地区、各有关部门要高度重视，加强组织领导，压实工作责任，结合实际制定具体落实举措，加强统筹协调和政策衔接。加强宣传引导，及时总结推广典型经验做法，营造良好社会氛围。
强化监测评估，建立健全工作调度和评估机制，定期跟踪分析目标任务进展情况，重大事项及时向党中央、国务院报告。`;

const EN_TAIL = `
## Safeguards
All regions and departments shall strengthen organisation and leadership, assign responsibilities, draw up specific implementation measures in the light of local conditions, and strengthen coordination between policies.
Monitoring and evaluation will be strengthened: progress towards the targets will be tracked regularly, and major issues will be reported to the CPC Central Committee and the State Council in a timely manner.`;

const NATIONAL: N[] = [
  // 1. Action Plan for CO2 Peaking Before 2030 (both)
  {
    id: 'zh-national-carbon-peak-action-2030',
    ext: 'md',
    title: '2030年前碳达峰行动方案',
    issuer: '国务院',
    doc_number: '国发〔2021〕23号',
    date: '2021-10-24',
    sectors: ['energy', 'industry', 'transport', 'buildings', 'forestry', 'circular-economy'],
    body:
      `
为深入贯彻落实党中央、国务院关于碳达峰、碳中和的重大战略决策，扎实推进碳达峰行动，制定本方案。
## 一、总体要求
### （一）主要目标
“十四五”期间，产业结构和能源结构调整优化取得明显进展，重点行业能源利用效率大幅提升。到2025年，非化石能源消费比重达到20%左右，单位国内生产总值能源消耗比2020年下降13.5%，单位国内生产总值二氧化碳排放比2020年下降18%，为实现碳达峰奠定坚实基础。
“十五五”期间，产业结构调整取得重大进展，清洁低碳安全高效的能源体系初步建立。到2030年，非化石能源消费比重达到25%左右，单位国内生产总值二氧化碳排放比2005年下降65%以上，顺利实现2030年前碳达峰目标。
## 二、重点任务
### （一）能源绿色低碳转型行动
全面推进风电、太阳能发电大规模开发和高质量发展。到2030年，风电、太阳能发电总装机容量达到12亿千瓦以上。“十四五”“十五五”期间分别新增水电装机容量4000万千瓦左右。到2025年，新型储能装机容量达到3000万千瓦以上；到2030年，抽水蓄能电站装机容量达到1.2亿千瓦左右，省级电网基本具备5%以上的尖峰负荷响应能力。
### （二）城乡建设碳达峰行动
到2025年，城镇新建建筑全面执行绿色建筑标准，城镇建筑可再生能源替代率达到8%，新建公共机构建筑、新建厂房屋顶光伏覆盖率力争达到50%。
### （三）交通运输绿色低碳行动
到2030年，当年新增新能源、清洁能源动力的交通工具比例达到40%左右，营运交通工具单位换算周转量碳排放强度比2020年下降9.5%左右，国家铁路单位换算周转量综合能耗比2020年下降10%。
### （四）循环经济助力降碳行动
到2025年，废钢利用量达到3.2亿吨，再生有色金属产量达到2000万吨；到2030年，城市生活垃圾资源化利用比例提升至65%。
### （五）碳汇能力巩固提升行动
到2030年，全国森林覆盖率达到25%左右，森林蓄积量达到190亿立方米。` + ZH_TAIL,
  },
  {
    id: 'en-national-carbon-peak-action-2030',
    ext: 'html',
    title: 'Action Plan for Carbon Dioxide Peaking Before 2030',
    issuer: 'State Council',
    doc_number: 'Guo Fa [2021] No. 23',
    date: '2021-10-24',
    sectors: ['energy', 'industry', 'transport', 'buildings', 'forestry', 'circular-economy'],
    body:
      `
This action plan is formulated to implement the major strategic decisions of the CPC Central Committee and the State Council on carbon peaking and carbon neutrality.
## I. General Requirements
### Main objectives
During the 14th Five-Year Plan period, significant progress will be made in adjusting and optimising the industrial structure and the energy mix. By 2025, the share of non-fossil energy consumption will reach around 20%, energy consumption per unit of GDP will be 13.5% lower than in 2020, and carbon dioxide emissions per unit of GDP will be 18% lower than in 2020.
During the 15th Five-Year Plan period, a clean, low-carbon, safe and efficient energy system will be initially established. By 2030, the share of non-fossil energy consumption will reach around 25%, and carbon dioxide emissions per unit of GDP will have dropped by more than 65% compared with the 2005 level, so that carbon dioxide emissions peak before 2030.
## II. Key Tasks
### Green and low-carbon energy transition
By 2030, the total installed capacity of wind power and solar power will reach over 1.2 billion kilowatts. About 40 million kilowatts of hydropower capacity will be added in each of the 14th and 15th Five-Year Plan periods. By 2025, the installed capacity of new-type energy storage will exceed 30 million kilowatts; by 2030, pumped storage capacity will reach about 120 million kilowatts.
### Carbon peaking in urban and rural development
By 2025, all new urban buildings will meet green building standards, the renewable energy substitution rate of urban buildings will reach 8%, and efforts will be made to cover 50% of the rooftops of new public institution buildings and new factory buildings with photovoltaics.
### Green and low-carbon transport
By 2030, new energy and clean energy vehicles will account for about 40% of newly added means of transport, and the carbon intensity of operating vehicles per unit of converted turnover will fall by about 9.5% from 2020.
### Carbon sinks
By 2030, national forest coverage will reach about 25% and the forest stock volume will reach 19 billion cubic metres.` +
      EN_TAIL,
  },
  // 2. Opinions on carbon peaking and carbon neutrality (en only)
  {
    id: 'en-national-dual-carbon-opinions-2021',
    ext: 'md',
    title:
      'Working Guidance for Carbon Dioxide Peaking and Carbon Neutrality in Full and Faithful Implementation of the New Development Philosophy',
    issuer: 'CPC Central Committee; State Council',
    doc_number: null,
    date: '2021-09-22',
    sectors: ['energy', 'industry', 'forestry', 'finance'],
    body:
      `
Achieving carbon dioxide peaking and carbon neutrality is a major strategic decision. These opinions set out the overall framework (the "1" of the "1+N" policy system).
## Main targets
By 2025, a green, low-carbon and circular economic system will take initial shape. Energy consumption per unit of GDP will be 13.5% lower than in 2020; carbon dioxide emissions per unit of GDP will be 18% lower than in 2020; the share of non-fossil energy consumption will reach around 20%; forest coverage will reach 24.1% and the forest stock volume will rise to 18 billion cubic metres.
By 2030, carbon dioxide emissions per unit of GDP will have dropped by more than 65% compared with 2005; the share of non-fossil energy consumption will reach around 25%; the total installed capacity of wind and solar power will reach over 1.2 billion kilowatts; forest coverage will reach about 25% and the forest stock volume 19 billion cubic metres.
By 2060, a green, low-carbon and circular economic system and a clean, low-carbon, safe and efficient energy system will be fully established, and the share of non-fossil energy consumption will exceed 80%.
## Key measures
Development of high-energy-consuming and high-emission projects will be strictly curbed; the national carbon emissions trading market will be improved; green finance will be developed; and the statistical and accounting system for carbon emissions will be established.` +
      EN_TAIL,
  },
  // 3. Industrial sector carbon peaking (zh only)
  {
    id: 'zh-national-industry-carbon-peak-2022',
    ext: 'md',
    title: '工业领域碳达峰实施方案',
    issuer: '工业和信息化部、国家发展改革委、生态环境部',
    doc_number: '工信部联节〔2022〕88号',
    date: '2022-07-07',
    sectors: ['industry', 'circular-economy'],
    body:
      `
工业是产生碳排放的主要领域之一，对全国整体实现碳达峰具有重要影响。为深入贯彻落实党中央、国务院决策部署，扎实推进工业领域碳达峰工作，制定本实施方案。
## 一、总体要求
### （一）主要目标
“十四五”期间，产业结构与用能结构优化取得积极进展，能源资源利用效率大幅提升。到2025年，规模以上工业单位增加值能耗较2020年下降13.5%，单位工业增加值二氧化碳排放下降幅度大于全社会下降幅度，重点行业二氧化碳排放强度明显下降。
“十五五”期间，产业结构布局进一步优化，工业能耗强度、二氧化碳排放强度持续下降，确保工业领域二氧化碳排放在2030年前达峰。
## 二、重点任务
### （一）深度调整产业结构
推动产业结构优化升级，坚决遏制高耗能高排放低水平项目盲目发展。到2025年，短流程炼钢占比达15%以上；到2030年，短流程炼钢占比达20%以上。
### （二）推进工业领域资源循环利用
到2025年，废钢铁、废铜、废铝、废铅、废锌、废纸、废塑料、废橡胶、废玻璃等主要再生资源循环利用量达到4.8亿吨。到2025年，大宗工业固废综合利用率达到57%，2030年进一步提升至62%。到2025年，再生铝产量达到1150万吨，再生铜产量达到400万吨。
### （三）加快工业绿色低碳技术变革
到2025年，通过已有节能技术改造，推动重点行业主要产品单位能耗持续下降；到2030年，电解铝使用可再生能源比例提至30%以上。
### （四）主动推进工业领域数字化转型
到2025年，规模以上工业企业关键工序数控化率达到68%左右。` + ZH_TAIL,
  },
  // 4. Carbon trading: MEE Measures (en), State Council Interim Regulations (zh)
  {
    id: 'en-national-carbon-trading-measures-2020',
    ext: 'txt',
    title: 'Measures for the Administration of Carbon Emissions Trading (Trial)',
    issuer: 'Ministry of Ecology and Environment',
    doc_number: 'MEE Order No. 19',
    date: '2020-12-31',
    sectors: ['carbon-market'],
    body:
      `
## Chapter I General Provisions
Article 1 These Measures are formulated to regulate national carbon emissions trading and related activities under the principle of controlling greenhouse gas emissions with market mechanisms. They take effect on 1 February 2021.
## Chapter II Key Emitting Entities
Article 8 An entity in an industry covered by the national carbon market whose annual greenhouse gas emissions reach 26,000 tonnes of carbon dioxide equivalent shall be included in the list of key emitting entities.
Article 14 The competent authority of ecology and environment allocates emission allowances, mainly for free at first, with paid allocation introduced in due course.
## Chapter IV Emission Reporting and Verification
Article 25 Key emitting entities shall prepare an annual greenhouse gas emission report for the previous year and submit it by 31 March each year.
## Chapter V Allowance Surrender and Offsetting
Article 29 Key emitting entities may use national certified voluntary emission reductions (CCER) to offset the surrender of allowances, and the offset may not exceed 5% of the allowances to be surrendered.
## Chapter VII Legal Liability
Article 39 A key emitting entity that makes a false or incomplete emission report, or refuses to perform its reporting obligation, shall be ordered to make corrections within a time limit and fined not less than 10,000 yuan but not more than 30,000 yuan.
Article 40 A key emitting entity that fails to surrender allowances in full and on time shall be ordered to make corrections and fined not less than 20,000 yuan but not more than 30,000 yuan; if it fails to correct, an amount equal to the shortfall will be deducted from its allowances for the following year.` +
      EN_TAIL,
  },
  {
    id: 'zh-national-carbon-trading-regulations-2024',
    ext: 'html',
    title: '碳排放权交易管理暂行条例',
    issuer: '国务院',
    doc_number: '国务院令第775号',
    date: '2024-01-25',
    sectors: ['carbon-market'],
    body:
      `
## 第一章 总则
第一条 为了规范碳排放权交易及相关活动，加强对温室气体排放的控制，积极稳妥推进碳达峰碳中和，促进经济社会绿色低碳发展，推进生态文明建设，制定本条例。本条例自2024年5月1日起施行。
第三条 碳排放权交易及相关活动的管理，应当坚持中国共产党的领导，贯彻党和国家路线方针政策和决策部署，坚持温室气体排放控制与经济社会发展相适应。
## 第二章 交易与清缴
第七条 纳入全国碳排放权交易市场的温室气体重点排放单位以及符合国家有关规定的其他主体，可以参与碳排放权交易。
第九条 碳排放配额分配以免费分配为主，可以根据国家有关要求逐步推行免费和有偿相结合的分配方式。
第十一条 重点排放单位应当根据国家有关规定，制定并严格执行温室气体排放数据质量控制方案，每年编制其上一年度温室气体排放报告。
## 第四章 法律责任
第二十一条 重点排放单位有虚报、瞒报温室气体排放报告等行为的，由生态环境主管部门责令改正，没收违法所得，并处违法所得5倍以上10倍以下的罚款；没有违法所得或者违法所得不足50万元的，处50万元以上200万元以下的罚款。
第二十二条 重点排放单位未按照规定清缴其碳排放配额的，由生态环境主管部门责令改正，处未清缴的碳排放配额清缴时限前1个月市场交易平均成交价格5倍以上10倍以下的罚款；拒不改正的，按照未清缴的碳排放配额等量核减其下一年度碳排放配额。
第二十三条 技术服务机构出具不实或者虚假的检验检测报告的，处2万元以上20万元以下的罚款。` + ZH_TAIL,
  },
  // 5. Green certificates full coverage (both)
  {
    id: 'zh-national-green-certificate-2023',
    ext: 'md',
    title: '关于做好可再生能源绿色电力证书全覆盖工作促进可再生能源电力消费的通知',
    issuer: '国家发展改革委、财政部、国家能源局',
    doc_number: '发改能源〔2023〕1044号',
    date: '2023-07-25',
    sectors: ['power', 'energy', 'carbon-market'],
    body:
      `
各省、自治区、直辖市、新疆生产建设兵团发展改革委、财政厅（局）、能源局，国家能源局各派出机构，国家电网有限公司、中国南方电网有限责任公司：
为贯彻落实党中央、国务院决策部署，做好可再生能源绿色电力证书全覆盖工作，促进可再生能源电力消费，现就有关事项通知如下。
## 一、明确绿证的适用范围
绿证是我国可再生能源电量环境属性的唯一证明，是认定可再生能源电力生产、消费的唯一凭证。国家对符合条件的可再生能源电量核发绿证，1个绿证单位对应1000千瓦时可再生能源电量。
## 二、规范绿证核发
对全国风电（含分散式风电和海上风电）、太阳能发电（含分布式光伏发电和光热发电）、常规水电、生物质发电、地热能发电、海洋能发电等已建档立卡的可再生能源发电项目所生产的全部电量核发绿证，实现绿证核发全覆盖。对存量常规水电项目，暂不核发可交易绿证，相应的绿证随电量直接无偿划转。
## 三、完善绿证交易
绿证依托中国绿色电力证书交易平台，以及北京电力交易中心、广州电力交易中心开展交易，现阶段可交易绿证仅可交易一次。
## 四、有序做好绿证应用工作
绿证有效期为2年，时间自电量生产自然月（含）起计算。鼓励跨国公司及其产业链企业、外向型企业、行业龙头企业购买绿证、使用绿电，发挥示范带动作用。` +
      ZH_TAIL,
  },
  {
    id: 'en-national-green-certificate-2023',
    ext: 'txt',
    title:
      'Notice on Achieving Full Coverage of Renewable Energy Green Electricity Certificates and Promoting the Consumption of Renewable Electricity',
    issuer:
      'National Development and Reform Commission; Ministry of Finance; National Energy Administration',
    doc_number: 'Fa Gai Neng Yuan [2023] No. 1044',
    date: '2023-07-25',
    sectors: ['power', 'energy', 'carbon-market'],
    body:
      `
To implement the decisions of the CPC Central Committee and the State Council, achieve full coverage of green electricity certificates (GECs) and promote the consumption of renewable electricity, the following is notified.
## 1. Scope of GECs
The GEC is the sole proof of the environmental attributes of renewable electricity in China and the only certificate for recognising the production and consumption of renewable electricity. One GEC corresponds to 1,000 kWh of renewable electricity.
## 2. Issuance
GECs are issued for all electricity generated by registered wind power (including decentralised and offshore wind), solar power (including distributed PV and solar thermal), conventional hydropower, biomass, geothermal and ocean energy projects, achieving full coverage. For existing conventional hydropower projects, tradable GECs will not be issued for the time being.
## 3. Trading
GECs are traded on the China Green Electricity Certificate Trading Platform and at the Beijing and Guangzhou power exchange centres; at the current stage a tradable GEC may only be traded once.
## 4. Validity and use
A GEC is valid for 2 years from the calendar month in which the electricity was generated. Multinational companies and their supply chains, export-oriented companies and industry leaders are encouraged to buy GECs and use green electricity.` +
      EN_TAIL,
  },
  // 6. 14th FYP Renewable Energy (en only)
  {
    id: 'en-national-renewable-energy-14fyp',
    ext: 'html',
    title: 'The 14th Five-Year Plan for Renewable Energy Development',
    issuer:
      'National Development and Reform Commission; National Energy Administration; and seven other departments',
    doc_number: 'Fa Gai Neng Yuan [2021] No. 1445',
    date: '2022-06-01',
    sectors: ['energy', 'power'],
    body:
      `
The 14th Five-Year Plan period is a key period for renewable energy to move from supplementary to main energy source. This plan sets the goals and tasks for 2021–2025.
## Chapter I Development Targets
By 2025, the total consumption of renewable energy will reach about 1 billion tonnes of standard coal, and renewables will account for more than 50% of the increase in primary energy consumption.
Annual renewable power generation will reach about 3.3 trillion kWh. During the period, renewables will account for more than 50% of the increase in electricity consumption, and wind and solar power generation will double.
The overall renewable electricity consumption responsibility weight nationwide will reach about 33%, and the non-hydro renewable weight about 18%, with the utilisation rates of wind and solar power kept at a reasonable level.
The non-electric use of geothermal energy, biomass heating, biomass fuels and solar thermal energy will exceed 60 million tonnes of standard coal.
## Chapter II Key Tasks
Large wind and PV bases will be built in the desert, Gobi and barren areas of the north-west; offshore wind clusters will be developed along the coast; and distributed PV will be promoted on the roofs of buildings in cities and the countryside.
Hydropower and pumped storage will be developed in an orderly way, and new-type energy storage will be promoted on the generation, grid and user side.` +
      EN_TAIL,
  },
  // 7. Modern energy system (zh only)
  {
    id: 'zh-national-modern-energy-system-14fyp',
    ext: 'md',
    title: '“十四五”现代能源体系规划',
    issuer: '国家发展改革委、国家能源局',
    doc_number: '发改能源〔2022〕210号',
    date: '2022-01-29',
    sectors: ['energy', 'power'],
    body:
      `
本规划根据《中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要》编制，主要阐明我国能源发展方针、主要目标和任务举措，是“十四五”时期加快构建现代能源体系、推动能源高质量发展的总体蓝图和行动纲领。
## 第一章 主要目标
能源保障更加安全有力。到2025年，国内能源年综合生产能力达到46亿吨标准煤以上，原油年产量回升并稳定在2亿吨水平，天然气年产量达到2300亿立方米以上，发电装机总容量达到约30亿千瓦。
能源低碳转型成效显著。单位GDP二氧化碳排放五年累计下降18%。到2025年，非化石能源消费比重提高到20%左右，非化石能源发电量比重达到39%左右，电气化水平持续提升，电能占终端用能比重达到30%左右。
能源系统效率大幅提高。节能降耗成效显著，单位GDP能耗五年累计下降13.5%。灵活调节电源占比达到24%左右，电力需求侧响应能力达到最大用电负荷的3%～5%。
## 第二章 重点任务
加快发展风电、太阳能发电，全面推进风电和太阳能发电大规模开发和高质量发展，优先就地就近开发利用，加快负荷中心及周边地区分散式风电和分布式光伏建设。积极安全有序发展核电，到2025年，核电运行装机容量达到7000万千瓦左右。` +
      ZH_TAIL,
  },
  // 8. New-type energy storage implementation plan (en), guidance (zh)
  {
    id: 'en-national-new-energy-storage-plan-2022',
    ext: 'md',
    title:
      'Implementation Plan for the Development of New-type Energy Storage during the 14th Five-Year Plan Period',
    issuer: 'National Development and Reform Commission; National Energy Administration',
    doc_number: 'Fa Gai Neng Yuan [2022] No. 209',
    date: '2022-01-29',
    sectors: ['energy', 'power'],
    body:
      `
New-type energy storage is an important technology and basic equipment for building a new-type power system. This plan guides its development during the 14th Five-Year Plan period.
## Development goals
By 2025, new-type energy storage will move from the initial stage of commercialisation to large-scale development and will have the conditions for large-scale commercial application. The technology will be more mature, the cost of electrochemical energy storage systems will fall by more than 30%, and the standard system will be basically complete.
By 2030, new-type energy storage will develop in a fully market-based way, its core technology and equipment will be independently controllable, and it will play a role in supporting carbon peaking.
## Key tasks
Demonstrations will cover compressed air, flow batteries, hydrogen storage and thermal storage; storage will be deployed on the generation side with renewable bases, on the grid side at key nodes, and on the user side with distributed energy and microgrids.
Storage will be allowed to participate in the electricity spot, ancillary services and capacity markets as an independent market entity, and a price mechanism reflecting its value will be explored.` +
      EN_TAIL,
  },
  {
    id: 'zh-national-new-energy-storage-guidance-2021',
    ext: 'txt',
    title: '关于加快推动新型储能发展的指导意见',
    issuer: '国家发展改革委、国家能源局',
    doc_number: '发改能源规〔2021〕1051号',
    date: '2021-07-15',
    sectors: ['energy', 'power'],
    body:
      `
实现碳达峰碳中和，努力构建清洁低碳、安全高效能源体系，是党中央、国务院作出的重大决策部署。抽水蓄能和新型储能是支撑新型电力系统的重要技术和基础装备，对推动能源绿色转型具有重要意义。
## 一、总体要求
到2025年，实现新型储能从商业化初期向规模化发展转变。新型储能技术创新能力显著提高，核心技术装备自主可控水平大幅提升，装机规模达3000万千瓦以上。
到2030年，实现新型储能全面市场化发展，装机规模基本满足新型电力系统相应需求。
## 二、推动新型储能多元化发展
大力推进电源侧储能项目建设，结合系统实际需求，布局一批配置储能的系统友好型新能源电站项目。积极推动电网侧储能合理化布局，积极支持用户侧储能多元化发展。
## 三、完善政策机制
明确新型储能独立市场主体地位，健全新型储能价格机制，健全“新能源+储能”项目激励机制。` + ZH_TAIL,
  },
  // 9. Large-scale equipment renewal and trade-in (both)
  {
    id: 'zh-national-equipment-renewal-trade-in-2024',
    ext: 'html',
    title: '推动大规模设备更新和消费品以旧换新行动方案',
    issuer: '国务院',
    doc_number: '国发〔2024〕7号',
    date: '2024-03-07',
    sectors: ['industry', 'consumer', 'transport', 'circular-economy'],
    body:
      `
推动新一轮大规模设备更新和消费品以旧换新，是加快构建新发展格局、推动高质量发展的重要举措。为贯彻落实党中央、国务院决策部署，制定本行动方案。
## 一、总体要求
到2027年，工业、农业、建筑、交通、教育、文旅、医疗等领域设备投资规模较2023年增长25%以上；重点行业主要用能设备能效基本达到节能水平，环保绩效达到A级水平的产能比例大幅提升，规模以上工业企业数字化研发设计工具普及率、关键工序数控化率分别超过90%、75%；报废汽车回收量较2023年增加约一倍，二手车交易量较2023年增长45%，废旧家电回收量较2023年增长30%，再生材料在资源总投入中的比例进一步提升。
## 二、实施设备更新行动
推进重点行业设备更新改造，围绕钢铁、有色、石化、化工、建材、电力、机械、航空、船舶、轻纺、电子等重点行业，大力推动生产设备、用能设备、发输配电设备等更新和技术改造。
## 三、实施消费品以旧换新行动
开展汽车以旧换新，加大政策支持力度，畅通流通堵点，促进汽车梯次消费、更新消费。开展家电产品以旧换新，以旧房装修、厨卫等局部改造为牵引，促进家装消费品换新。` +
      ZH_TAIL,
  },
  {
    id: 'en-national-equipment-renewal-trade-in-2024',
    ext: 'md',
    title:
      'Action Plan for Promoting Large-scale Equipment Renewal and the Trade-in of Consumer Goods',
    issuer: 'State Council',
    doc_number: 'Guo Fa [2024] No. 7',
    date: '2024-03-07',
    sectors: ['industry', 'consumer', 'transport', 'circular-economy'],
    body:
      `
Promoting a new round of large-scale equipment renewal and consumer goods trade-ins is an important measure to build a new development pattern and promote high-quality development.
## I. General Requirements
By 2027, equipment investment in industry, agriculture, construction, transport, education, culture and tourism and medical care will increase by more than 25% compared with 2023. The energy efficiency of the main energy-using equipment in key industries will basically reach energy-saving levels; the penetration of digital R&D and design tools and the numerical control rate of key processes in industrial enterprises above designated size will exceed 90% and 75% respectively.
The recycling of end-of-life vehicles will roughly double compared with 2023, second-hand car transactions will increase by 45%, and the recycling of used home appliances will increase by 30% compared with 2023.
## II. Equipment renewal
Production equipment, energy-using equipment and power transmission and distribution equipment will be upgraded in steel, non-ferrous metals, petrochemicals, chemicals, building materials, power, machinery, aviation, shipbuilding, textiles and electronics.
## III. Consumer goods trade-in
Car trade-ins will be supported with stronger policies and smoother circulation; home appliance trade-ins will be promoted together with home renovation.` +
      EN_TAIL,
  },
  // 10. Auto trade-in subsidy rules (en), follow-up notice raising subsidies (zh)
  {
    id: 'en-national-auto-trade-in-rules-2024',
    ext: 'txt',
    title: 'Implementation Rules for Subsidies for the Trade-in of Automobiles',
    issuer: 'Ministry of Commerce; Ministry of Finance; and five other departments',
    doc_number: 'Shang Xiao Fei Han [2024] No. 75',
    date: '2024-04-24',
    sectors: ['consumer', 'transport'],
    body:
      `
These rules are formulated to implement the Action Plan for Promoting Large-scale Equipment Renewal and the Trade-in of Consumer Goods.
## 1. Scope of subsidies
From the date of issue to 31 December 2024, individual consumers who scrap a fuel passenger car registered before 30 June 2012 (National III emission standard or below) or a new energy passenger car registered before 30 April 2018, and buy a new passenger car listed in the catalogue of new energy vehicles exempt from purchase tax or a fuel passenger car with an engine capacity of 2.0 litres or less, may apply for a one-off subsidy.
## 2. Subsidy standards
A consumer who scraps an old car and buys a new energy passenger car receives a subsidy of 10,000 yuan; one who buys a fuel passenger car of 2.0 litres or less receives 7,000 yuan.
## 3. Funding
The subsidy funds are shared between the central and local governments at a ratio of 6:4 in the eastern region, 8:2 in the central region and 9:1 in the western region.
## 4. Application
Consumers apply through the national automobile trade-in information platform; the commerce department reviews the application and the finance department pays the subsidy to the consumer's account.` +
      EN_TAIL,
  },
  {
    id: 'zh-national-auto-trade-in-increase-2024',
    ext: 'md',
    title: '关于进一步做好汽车以旧换新有关工作的通知',
    issuer: '商务部、国家发展改革委、工业和信息化部、财政部、公安部、生态环境部、税务总局',
    doc_number: '商消费函〔2024〕392号',
    date: '2024-08-16',
    sectors: ['consumer', 'transport'],
    body:
      `
为贯彻落实《推动大规模设备更新和消费品以旧换新行动方案》，进一步加大汽车以旧换新支持力度，现就有关事项通知如下。
## 一、提高报废更新补贴标准
将《汽车以旧换新补贴实施细则》明确的报废更新补贴标准，由购买新能源乘用车补贴1万元、购买燃油乘用车补贴7000元，分别提高至2万元和1.5万元。
## 二、资金安排
汽车报废更新补贴资金由中央财政和地方财政按规定比例共担，统一使用超长期特别国债资金。
## 三、工作要求
各地商务主管部门要会同有关部门加快审核补贴申请，及时拨付补贴资金，加强宣传解读，确保政策惠及更多消费者。本通知印发前已提交申请且审核通过的，按本通知规定的标准发放补贴。` +
      ZH_TAIL,
  },
  // 11. Home appliance trade-in (zh, four ministries)
  {
    id: 'zh-national-appliance-trade-in-2024',
    ext: 'txt',
    title: '关于进一步做好家电以旧换新工作的通知',
    issuer: '商务部办公厅、国家发展改革委办公厅、财政部办公厅、市场监管总局办公厅',
    doc_number: '商消费函〔2024〕402号',
    date: '2024-08-23',
    sectors: ['consumer'],
    body:
      `
为贯彻落实党中央、国务院决策部署，进一步做好家电以旧换新工作，现就有关事项通知如下。
## 一、补贴范围
对个人消费者购买2级及以上能效或水效标准的冰箱、洗衣机、电视、空调、电脑、热水器、家用灶具、吸油烟机等8类家电产品给予以旧换新补贴。
## 二、补贴标准
补贴标准为产品最终销售价格的15%，对购买1级及以上能效或水效标准的产品，额外再给予产品最终销售价格5%的补贴。每位消费者每类产品可补贴1件，每件补贴不超过2000元。
## 三、资金来源
中央财政安排的超长期特别国债资金与地方资金共同支持家电以旧换新，中央与地方按9:1的比例共担。
## 四、工作要求
各地要加强补贴资金监管，防范骗补套补，严厉打击虚开发票、先涨价后打折等违法违规行为。` + ZH_TAIL,
  },
  // 12. 2025 expansion notice (both)
  {
    id: 'zh-national-trade-in-expansion-2025',
    ext: 'md',
    title: '关于2025年加力扩围实施大规模设备更新和消费品以旧换新政策的通知',
    issuer: '国家发展改革委、财政部',
    doc_number: '发改环资〔2025〕13号',
    date: '2025-01-08',
    sectors: ['consumer', 'industry', 'transport'],
    body:
      `
为贯彻落实中央经济工作会议部署，2025年加力扩围实施大规模设备更新和消费品以旧换新政策，现将有关事项通知如下。
## 一、扩大设备更新支持范围
在工业、用能设备、能源电力、交通运输、物流、环境基础设施、教育、文旅、医疗等领域基础上，将电子信息、安全生产、设施农业等领域纳入支持范围。
## 二、加力支持汽车以旧换新
继续实施汽车报废更新补贴，个人消费者报废旧车并购买新能源乘用车的补贴2万元，购买2.0升及以下排量燃油乘用车的补贴1.5万元。扩大报废范围至2014年6月30日前注册登记的燃油乘用车和2018年12月31日前注册登记的新能源乘用车。
## 三、扩围支持家电产品以旧换新
家电以旧换新补贴品类由8类增加到12类，新增微波炉、净水器、洗碗机、电饭煲。个人消费者购买2级能效或水效产品补贴售价的15%，1级能效或水效产品补贴售价的20%，每件补贴不超过2000元。
## 四、实施手机等数码产品购新补贴
对个人消费者购买手机、平板、智能手表手环等3类数码产品（单件销售价格不超过6000元），按产品销售价格的15%给予补贴，每位消费者每类产品可补贴1件，每件补贴不超过500元。` +
      ZH_TAIL,
  },
  {
    id: 'en-national-trade-in-expansion-2025',
    ext: 'html',
    title:
      'Notice on Stepping Up and Expanding Large-scale Equipment Renewal and Consumer Goods Trade-in Policies in 2025',
    issuer: 'National Development and Reform Commission; Ministry of Finance',
    doc_number: 'Fa Gai Huan Zi [2025] No. 13',
    date: '2025-01-08',
    sectors: ['consumer', 'industry', 'transport'],
    body:
      `
To implement the decisions of the Central Economic Work Conference, the equipment renewal and consumer goods trade-in policies will be stepped up and expanded in 2025.
## 1. Wider scope for equipment renewal
Electronic information, work safety and facility agriculture are added to the fields supported for equipment renewal.
## 2. Car trade-ins
The scrappage subsidy continues: consumers who scrap an old car and buy a new energy passenger car receive 20,000 yuan; those buying a fuel passenger car of 2.0 litres or less receive 15,000 yuan. Fuel cars registered before 30 June 2014 and new energy cars registered before 31 December 2018 become eligible for scrappage.
## 3. Home appliances
The number of appliance categories eligible for trade-in subsidies rises from 8 to 12, adding microwave ovens, water purifiers, dishwashers and rice cookers. Consumers receive 15% of the price for grade 2 energy- or water-efficiency products and 20% for grade 1 products, up to 2,000 yuan per item.
## 4. Mobile phones and digital products
Consumers buying a mobile phone, tablet or smart watch/band priced at no more than 6,000 yuan receive 15% of the price, up to 500 yuan per item, one item per category.` +
      EN_TAIL,
  },
  // 13. Methane (en only)
  {
    id: 'en-national-methane-action-plan-2023',
    ext: 'md',
    title: 'Action Plan for Methane Emission Control',
    issuer: 'Ministry of Ecology and Environment; and ten other departments',
    doc_number: 'Huan Qi Hou [2023] No. 67',
    date: '2023-11-07',
    sectors: ['methane', 'energy', 'agriculture', 'circular-economy'],
    body:
      `
Methane is an important greenhouse gas. This plan strengthens methane emission control in energy, agriculture and waste.
## Main objectives
During the 14th Five-Year Plan period, the methane emission statistical accounting, monitoring, reporting and verification systems will be improved. By 2025, annual coal mine methane utilisation will reach 6 billion cubic metres; the comprehensive utilisation rate of livestock and poultry manure will exceed 80% and the harmless treatment rate of municipal solid waste will keep improving.
During the 15th Five-Year Plan period, by 2030 the comprehensive utilisation rate of livestock and poultry manure will exceed 85%, and the methane recovery and utilisation in the oil and gas industry will improve further.
## Key tasks
Coal mines will use methane at different concentrations, and flaring of associated gas in oil and gas production will be reduced. Rice paddy methane will be cut through water and fertiliser management. Landfill gas will be collected and used, and the share of municipal waste sent to landfill will keep falling.` +
      EN_TAIL,
  },
  // 14. Urban-rural construction carbon peaking (both)
  {
    id: 'zh-national-urban-rural-construction-carbon-peak-2022',
    ext: 'md',
    title: '城乡建设领域碳达峰实施方案',
    issuer: '住房和城乡建设部、国家发展改革委',
    doc_number: '建标〔2022〕53号',
    date: '2022-06-30',
    sectors: ['buildings', 'energy'],
    body:
      `
城乡建设是碳排放的主要领域之一。为控制城乡建设领域碳排放量增长，切实做好城乡建设领域碳达峰工作，制定本实施方案。
## 一、主要目标
2030年前，城乡建设领域碳排放达到峰值。城乡建设绿色低碳发展政策体系和体制机制基本建立；建筑节能、垃圾资源化利用等水平大幅提高，能源资源利用效率达到国际先进水平。
## 二、建设绿色低碳城市
到2025年，城镇新建建筑全面执行绿色建筑标准，星级绿色建筑占比达到30%以上，新建政府投资公益性公共建筑和大型公共建筑全部达到一星级以上。2030年前严寒、寒冷地区新建居住建筑本体达到83%节能要求，夏热冬冷、夏热冬暖、温和地区新建居住建筑本体达到75%节能要求，新建公共建筑本体达到78%节能要求。
到2025年，城市建成区绿地率达到38.9%，城市建成区拥有绿道长度超过1公里/万人。
## 三、优化城市建设用能结构
推进建筑太阳能光伏一体化建设，到2025年新建公共机构建筑、新建厂房屋顶光伏覆盖率力争达到50%。到2030年，建筑用电占建筑能耗比例超过65%。
## 四、推进绿色低碳建造
大力发展装配式建筑，到2030年装配式建筑占当年城镇新建建筑的比例达到40%。` + ZH_TAIL,
  },
  {
    id: 'en-national-urban-rural-construction-carbon-peak-2022',
    ext: 'txt',
    title: 'Implementation Plan for Carbon Peaking in Urban and Rural Construction',
    issuer:
      'Ministry of Housing and Urban-Rural Development; National Development and Reform Commission',
    doc_number: 'Jian Biao [2022] No. 53',
    date: '2022-06-30',
    sectors: ['buildings', 'energy'],
    body:
      `
Urban and rural construction is one of the main sources of carbon emissions. This plan controls the growth of emissions in the sector so that they peak before 2030.
## 1. Main objectives
Before 2030, carbon emissions from urban and rural construction will peak, and energy and resource efficiency will reach advanced international levels.
## 2. Green and low-carbon cities
By 2025, all new urban buildings will fully implement green building standards, and star-rated green buildings will account for more than 30%. All new government-funded public-interest buildings and large public buildings will reach one star or above. Before 2030, new residential buildings in severe cold and cold regions will meet the 83% energy-saving requirement, and new public buildings the 78% requirement.
By 2025, the green space ratio of urban built-up areas will reach 38.9%.
## 3. Energy use in buildings
Building-integrated PV will be promoted; by 2025, PV will strive to cover 50% of the rooftops of new public institution buildings and new factory buildings. By 2030, electricity will account for more than 65% of building energy consumption.
## 4. Green construction
Prefabricated buildings will account for 40% of new urban buildings by 2030.` + EN_TAIL,
  },
  // 15. Hydrogen (zh only)
  {
    id: 'zh-national-hydrogen-plan-2021-2035',
    ext: 'html',
    title: '氢能产业发展中长期规划（2021—2035年）',
    issuer: '国家发展改革委、国家能源局',
    doc_number: null,
    date: '2022-03-23',
    sectors: ['hydrogen', 'energy', 'transport'],
    body:
      `
氢能是未来国家能源体系的重要组成部分，是用能终端实现绿色低碳转型的重要载体，氢能产业是战略性新兴产业和未来产业重点发展方向。
## 一、发展目标
到2025年，形成较为完善的氢能产业发展制度政策环境，产业创新能力显著提高，基本掌握核心技术和制造工艺，初步建立较为完整的供应链和产业体系。氢能示范应用取得明显成效，清洁能源制氢及氢能储运技术取得较大进展，市场竞争力大幅提升，初步建立以工业副产氢和可再生能源制氢就近利用为主的氢能供应体系。燃料电池车辆保有量约5万辆，部署建设一批加氢站。可再生能源制氢量达到10-20万吨/年，成为新增氢能消费的重要组成部分，实现二氧化碳减排100-200万吨/年。
到2030年，形成较为完备的氢能产业技术创新体系、清洁能源制氢及供应体系，产业布局合理有序，可再生能源制氢广泛应用，有力支撑碳达峰目标实现。
到2035年，形成氢能产业体系，构建涵盖交通、储能、工业等领域的多元氢能应用生态。
## 二、重点任务
系统构建氢能产业创新体系，统筹建设氢能基础设施，有序推进氢能多元化应用，建立健全氢能政策和制度保障体系。` +
      ZH_TAIL,
  },
  // 16. Energy conservation & emission reduction 14th FYP (zh only)
  {
    id: 'zh-national-energy-saving-emission-reduction-14fyp',
    ext: 'md',
    title: '“十四五”节能减排综合工作方案',
    issuer: '国务院',
    doc_number: '国发〔2021〕33号',
    date: '2021-12-28',
    sectors: ['energy', 'industry', 'transport', 'buildings'],
    body:
      `
为认真贯彻落实党中央、国务院重大决策部署，大力推动节能减排，深入打好污染防治攻坚战，加快建立健全绿色低碳循环发展经济体系，推进经济社会发展全面绿色转型，助力实现碳达峰、碳中和目标，制定本方案。
## 一、主要目标
到2025年，全国单位国内生产总值能源消耗比2020年下降13.5%，能源消费总量得到合理控制，化学需氧量、氨氮、氮氧化物、挥发性有机物排放总量比2020年分别下降8%、8%、10%以上、10%以上。节能减排政策机制更加健全，重点行业能源利用效率和主要污染物排放控制水平基本达到国际先进水平。
## 二、实施节能减排重点工程
（一）重点行业绿色升级工程。到2025年，通过实施节能降碳行动，钢铁、电解铝、水泥、平板玻璃、炼油、乙烯、合成氨、电石等行业产能和数据中心达到能效标杆水平的比例超过30%。
（二）城镇绿色节能改造工程。到2025年，城镇新建建筑全面执行绿色建筑标准，城镇清洁取暖比例和绿色高效制冷产品市场占有率大幅提升。
（三）交通物流节能减排工程。到2025年，新能源汽车新车销售量达到汽车新车销售总量的20%左右，铁路、水路货运量占比进一步提升。
（四）公共机构能效提升工程。到2025年，创建2000家节约型公共机构示范单位。` + ZH_TAIL,
  },
  // 17. 2024-2025 energy conservation and carbon reduction action plan (en only)
  {
    id: 'en-national-energy-saving-carbon-reduction-2024-2025',
    ext: 'md',
    title: '2024–2025 Action Plan for Energy Conservation and Carbon Reduction',
    issuer: 'State Council',
    doc_number: 'Guo Fa [2024] No. 12',
    date: '2024-05-23',
    sectors: ['energy', 'industry', 'buildings', 'transport'],
    body:
      `
Energy conservation and carbon reduction are important to building a clean, low-carbon, safe and efficient energy system. This plan sets the tasks for 2024 and 2025.
## I. Main objectives
In 2024, energy consumption and carbon dioxide emissions per unit of GDP will fall by about 2.5% and 3.9% respectively, and energy consumption per unit of value added of industrial enterprises above designated size will fall by about 3.5%. Non-fossil energy will account for about 18.9% of energy consumption, and energy saving and carbon reduction renovations will save about 50 million tonnes of standard coal.
In 2025, non-fossil energy will account for about 20% of energy consumption, and the renovation of key sectors will save about 50 million tonnes of standard coal and cut carbon dioxide emissions by about 130 million tonnes.
## II. Key actions
Non-fossil energy: by the end of 2025, non-fossil energy will generate about 39% of China's electricity.
Steel: by the end of 2025, electric furnace steel will strive to reach 15% of crude steel output, and the use of scrap steel will reach 300 million tonnes.
Buildings: by the end of 2025, the rooftop PV coverage of new public institution buildings and new factory buildings will strive to reach 50%, and urban building renewable energy substitution will reach 8%.
Transport: except for special-purpose vehicles, the share of new energy vehicles among new and renewed urban public transport vehicles will be no less than 80%.` +
      EN_TAIL,
  },
  // 18. Building energy efficiency 14th FYP (en only)
  {
    id: 'en-national-building-energy-efficiency-14fyp',
    ext: 'html',
    title: '14th Five-Year Plan for Building Energy Efficiency and Green Building Development',
    issuer: 'Ministry of Housing and Urban-Rural Development',
    doc_number: 'Jian Biao [2022] No. 24',
    date: '2022-03-01',
    sectors: ['buildings', 'energy'],
    body:
      `
This plan sets out the goals and tasks for building energy efficiency and green buildings during the 14th Five-Year Plan period.
## Chapter I Overall targets
By 2025, all new urban buildings will be green buildings, building energy efficiency will rise steadily, the growth of building energy consumption and carbon emissions will be brought under control, and a foundation will be laid for carbon peaking in urban and rural construction.
## Chapter II Specific targets
By 2025, energy-saving retrofits of more than 350 million square metres of existing buildings will be completed; more than 50 million square metres of ultra-low and near-zero energy buildings will be built; prefabricated buildings will account for 30% of new urban buildings; more than 50 million kilowatts of solar PV capacity will be added on buildings nationwide; and geothermal energy will be applied in more than 100 million square metres of buildings.
Renewable energy will replace 8% of conventional energy in urban buildings, and electricity will account for more than 55% of building energy consumption.
## Chapter III Key tasks
Raise the quality of green buildings; improve the energy efficiency of new buildings; strengthen retrofits of existing buildings; promote renewable energy in buildings; implement building electrification; and promote new green construction methods.` +
      EN_TAIL,
  },
  // 19. NEV industry plan (both)
  {
    id: 'zh-national-nev-industry-plan-2021-2035',
    ext: 'md',
    title: '新能源汽车产业发展规划（2021—2035年）',
    issuer: '国务院办公厅',
    doc_number: '国办发〔2020〕39号',
    date: '2020-10-20',
    sectors: ['transport', 'industry'],
    body:
      `
发展新能源汽车是我国从汽车大国迈向汽车强国的必由之路，是应对气候变化、推动绿色发展的战略举措。为推动新能源汽车产业高质量发展，制定本规划。
## 一、发展愿景
到2025年，我国新能源汽车市场竞争力明显增强，动力电池、驱动电机、车用操作系统等关键技术取得重大突破，安全水平全面提升。纯电动乘用车新车平均电耗降至12.0千瓦时/百公里，新能源汽车新车销售量达到汽车新车销售总量的20%左右，高度自动驾驶汽车实现限定区域和特定场景商业化应用，充换电服务便利性显著提高。
力争经过15年的持续努力，纯电动汽车成为新销售车辆的主流，公共领域用车全面电动化，燃料电池汽车实现商业化应用。
## 二、重点任务
提高技术创新能力，构建新型产业生态，推动产业融合发展，完善基础设施体系，深化开放合作。自2021年起，国家生态文明试验区、大气污染防治重点区域的公共领域新增或更新公交、出租、物流配送等车辆中新能源汽车比例不低于80%。` +
      ZH_TAIL,
  },
  {
    id: 'en-national-nev-industry-plan-2021-2035',
    ext: 'txt',
    title: 'New Energy Vehicle Industry Development Plan (2021–2035)',
    issuer: 'General Office of the State Council',
    doc_number: 'Guo Ban Fa [2020] No. 39',
    date: '2020-10-20',
    sectors: ['transport', 'industry'],
    body:
      `
Developing new energy vehicles (NEVs) is the only way for China to move from a large automotive country to a strong one, and a strategic measure to address climate change.
## 1. Vision
By 2025, the competitiveness of China's NEVs will increase significantly, with breakthroughs in key technologies such as power batteries, drive motors and vehicle operating systems. The average power consumption of new battery electric passenger cars will fall to 12.0 kWh per 100 km, and NEVs will account for about 20% of total new vehicle sales. Highly automated vehicles will be used commercially in limited areas and specific scenarios.
Within 15 years, battery electric vehicles will become mainstream in new vehicle sales, vehicles in the public sector will be fully electrified, and fuel cell vehicles will be commercialised.
## 2. Key tasks
From 2021, the share of NEVs among new or renewed buses, taxis and logistics vehicles in the public sector of national ecological civilisation pilot zones and key air pollution control regions shall be no less than 80%.` +
      EN_TAIL,
  },
  // 20. High-quality new energy development (en only)
  {
    id: 'en-national-new-energy-high-quality-2022',
    ext: 'md',
    title:
      'Implementation Plan for Promoting the High-quality Development of New Energy in the New Era',
    issuer: 'General Office of the State Council (forwarding NDRC and NEA)',
    doc_number: 'Guo Ban Han [2022] No. 39',
    date: '2022-05-14',
    sectors: ['energy', 'power'],
    body:
      `
To achieve the goal of a total installed capacity of wind and solar power of more than 1.2 billion kilowatts by 2030, and to accelerate a clean, low-carbon, safe and efficient energy system, this plan is formulated.
## I. Innovating development and utilisation models
Large wind and PV bases will be built with a focus on desert, Gobi and barren areas; distributed new energy will be promoted in rural areas; and the rooftop PV coverage of new public institution buildings and new factory buildings will strive to reach 50% by 2025.
## II. A new-type power system
The flexibility of coal power will be improved, pumped storage and new-type storage will be developed, and the grid will be able to absorb a high share of renewables.
## III. Streamlining administration
The approval of new energy projects will be simplified, and grid connection will be made more efficient.
## IV. Land use and finance
Rational land use policies will be implemented; green bonds and green credit will support renewable energy projects, and qualifying projects will be included in the scope of the central bank's carbon emission reduction facility.` +
      EN_TAIL,
  },
  // 21. Green development of manufacturing (en only)
  {
    id: 'en-national-green-manufacturing-2024',
    ext: 'md',
    title: 'Guiding Opinions on Accelerating the Green Development of the Manufacturing Industry',
    issuer: 'Ministry of Industry and Information Technology; and six other departments',
    doc_number: 'Gong Xin Bu Lian Jie [2024] No. 26',
    date: '2024-02-05',
    sectors: ['industry'],
    body:
      `
Green development of the manufacturing industry is an inherent requirement of new industrialisation. These opinions set goals for 2030 and 2035.
## Main targets
By 2030, the green and low-carbon transformation of manufacturing will achieve marked results, the level of greening of traditional industries will rise significantly, and the scale of green and low-carbon industries and their influence will expand. The output value of green factories will account for more than 40% of total manufacturing output value, and the scale of green and low-carbon industries will reach 11 trillion yuan.
By 2035, a green development system for manufacturing will be fully in place, and the greening of manufacturing will reach world-leading levels.
## Key tasks
Upgrade traditional industries such as steel, non-ferrous metals, petrochemicals, chemicals and building materials; develop new energy, new materials, new energy vehicles and green intelligent ships; and build a green manufacturing system of green factories, green industrial parks and green supply chains.` +
      EN_TAIL,
  },
  // 22. Steel high-quality development (zh only)
  {
    id: 'zh-national-steel-high-quality-2022',
    ext: 'txt',
    title: '关于促进钢铁工业高质量发展的指导意见',
    issuer: '工业和信息化部、国家发展改革委、生态环境部',
    doc_number: '工信部联原〔2022〕6号',
    date: '2022-01-20',
    sectors: ['industry'],
    body:
      `
钢铁工业是国民经济的重要基础产业。为推动钢铁工业高质量发展，现提出如下意见。
## 一、主要目标
力争到2025年，钢铁工业基本形成布局结构合理、资源供应稳定、技术装备先进、质量品牌突出、智能化水平高、全球竞争力强、绿色低碳可持续的高质量发展格局。
研发投入强度力争达到1.5%，关键工序数控化率达到80%左右。
电炉钢产量占粗钢总产量比例提升至15%以上，力争达到20%；废钢比达到30%。
确保2030年前碳达峰，80%以上钢铁产能完成超低排放改造，吨钢综合能耗降低2%以上，水资源消耗强度降低10%以上。
## 二、重点任务
增强创新发展能力，严禁新增钢铁产能，优化产业布局结构，推进企业兼并重组，深入推进绿色低碳，大力发展智能制造。` +
      ZH_TAIL,
  },
  // 23. Non-ferrous metals carbon peaking (en only)
  {
    id: 'en-national-nonferrous-carbon-peak-2022',
    ext: 'md',
    title: 'Implementation Plan for Carbon Peaking in the Non-ferrous Metals Industry',
    issuer:
      'Ministry of Industry and Information Technology; National Development and Reform Commission; Ministry of Ecology and Environment',
    doc_number: 'Gong Xin Bu Lian Yuan [2022] No. 153',
    date: '2022-11-10',
    sectors: ['industry', 'circular-economy'],
    body:
      `
The non-ferrous metals industry is a key sector for energy consumption and carbon emissions in industry. This plan guides its carbon peaking.
## Main objectives
During the 14th Five-Year Plan period, the industrial structure and energy mix of the industry will be optimised. By 2025, the output of recycled copper and recycled aluminium will reach 4 million tonnes and 11.5 million tonnes respectively, recycled metals will account for more than 24% of supply, and the share of renewable energy used in electrolytic aluminium will reach more than 25%.
During the 15th Five-Year Plan period, by 2030 the share of renewable energy used in electrolytic aluminium will reach more than 30%, and carbon emissions of the industry will peak before 2030.
## Key tasks
Strictly control new smelting capacity, optimise the energy structure, promote low-carbon technologies such as inert anodes, and develop the recycling industry.` +
      EN_TAIL,
  },
  // 24. Building materials carbon peaking (zh only)
  {
    id: 'zh-national-building-materials-carbon-peak-2022',
    ext: 'md',
    title: '建材行业碳达峰实施方案',
    issuer: '工业和信息化部、国家发展改革委、生态环境部、住房和城乡建设部',
    doc_number: '工信部联原〔2022〕149号',
    date: '2022-11-02',
    sectors: ['industry', 'buildings'],
    body:
      `
建材行业是国民经济的重要基础产业，是实现碳达峰碳中和的重点领域。为扎实推进建材行业碳达峰工作，制定本方案。
## 一、主要目标
“十四五”期间，建材产业结构调整取得明显进展，行业节能低碳技术持续推广，水泥、玻璃、陶瓷等重点产品单位能耗、碳排放强度不断下降。到2025年，水泥熟料单位产品综合能耗水平降低3%以上。
“十五五”期间，建材行业绿色低碳关键技术产业化实现重大突破，原燃料替代水平大幅提高，基本建立绿色低碳循环发展的产业体系。确保2030年前建材行业实现碳达峰。
## 二、重点任务
强化总量控制，严格落实水泥、平板玻璃行业产能置换政策；推动原料替代，提高工业固废在水泥原料中的比例；转换用能结构，加大替代燃料利用；加快技术创新，推广低碳技术。` +
      ZH_TAIL,
  },
  // 25. Circular economy 14th FYP (zh only)
  {
    id: 'zh-national-circular-economy-14fyp',
    ext: 'html',
    title: '“十四五”循环经济发展规划',
    issuer: '国家发展改革委',
    doc_number: '发改环资〔2021〕969号',
    date: '2021-07-01',
    sectors: ['circular-economy', 'industry'],
    body:
      `
发展循环经济是我国经济社会发展的一项重大战略。本规划明确“十四五”时期循环经济发展的目标、任务和重点工程。
## 一、主要目标
到2025年，循环型生产方式全面推行，绿色设计和清洁生产普遍推广，资源综合利用能力显著提升，资源循环型产业体系基本建立。
主要资源产出率比2020年提高约20%，单位GDP能源消耗、用水量比2020年分别降低13.5%、16%左右，农作物秸秆综合利用率保持在86%以上，大宗固废综合利用率达到60%，建筑垃圾综合利用率达到60%，废纸利用量达到6000万吨，废钢利用量达到3.2亿吨，再生有色金属产量达到2000万吨，其中再生铜、再生铝和再生铅产量分别达到400万吨、1150万吨、290万吨，资源循环利用产业产值达到5万亿元。
## 二、重点任务
构建资源循环型产业体系，提高资源利用效率；构建废旧物资循环利用体系，建设资源循环型社会；深化农业循环经济发展，建立循环型农业生产方式。` +
      ZH_TAIL,
  },
  // 26. Forestry and grassland 14th FYP (en only)
  {
    id: 'en-national-forestry-grassland-14fyp',
    ext: 'txt',
    title:
      'Outline of the 14th Five-Year Plan for Forestry and Grassland Protection and Development',
    issuer:
      'National Forestry and Grassland Administration; National Development and Reform Commission',
    doc_number: null,
    date: '2021-08-19',
    sectors: ['forestry'],
    body:
      `
This outline sets the goals for forestry and grassland protection and development during the 14th Five-Year Plan period.
## Main targets for 2025
Forest coverage will reach 24.1% and the forest stock volume will reach 19 billion cubic metres; the comprehensive vegetation cover of grassland will reach 57%; the wetland protection rate will reach 55%; and natural protected areas with national parks as the main body will account for more than 18% of the land area.
About 36 million hectares of land will be afforested or have its vegetation restored, and 10 million hectares of desertified land will be treated.
## Key tasks
Large-scale land greening will be carried out scientifically, forest quality will be improved, grassland ecological restoration and wetland protection will be strengthened, and the carbon sink capacity of forests and grasslands will be raised.` +
      EN_TAIL,
  },
  // 27. Comprehensive green transition opinions (en only)
  {
    id: 'en-national-green-transition-opinions-2024',
    ext: 'md',
    title:
      'Opinions on Accelerating the Comprehensive Green Transition of Economic and Social Development',
    issuer: 'CPC Central Committee; State Council',
    doc_number: null,
    date: '2024-07-31',
    sectors: ['energy', 'industry', 'circular-economy', 'finance'],
    body:
      `
Promoting the comprehensive green transition of economic and social development is a fundamental strategy. These opinions set goals for 2030 and 2035.
## Main targets
By 2030, important progress will be made in the green transition in key fields. The scale of the energy-saving and environmental protection industry will reach about 15 trillion yuan; the share of non-fossil energy consumption will rise to about 25%; the scale of green and low-carbon industries will grow; and energy consumption and carbon dioxide emissions per unit of GDP will continue to fall.
By 2035, a green, low-carbon and circular economic system will be basically established, the dual control of carbon emissions will be fully in place, and the green and low-carbon transition of production and lifestyles will be basically achieved.
## Key tasks
Build a green and low-carbon spatial pattern, accelerate the green transition of industry, steadily promote the energy transition, promote green and low-carbon transport, promote green urban and rural development, and implement comprehensive conservation strategies.` +
      EN_TAIL,
  },
  // 28. Renewable energy substitution (zh only)
  {
    id: 'zh-national-renewable-substitution-2024',
    ext: 'md',
    title: '关于大力实施可再生能源替代行动的指导意见',
    issuer: '国家发展改革委、工业和信息化部、住房城乡建设部、交通运输部、国家能源局、国家数据局',
    doc_number: '发改能源〔2024〕1537号',
    date: '2024-10-30',
    sectors: ['energy', 'industry', 'transport', 'buildings'],
    body:
      `
为贯彻落实党中央、国务院决策部署，大力实施可再生能源替代行动，加快构建新型能源体系，现提出如下意见。
## 一、主要目标
“十四五”重点领域可再生能源替代取得积极进展，2025年全国可再生能源消费量达到11亿吨标准煤以上。“十五五”各领域优先利用可再生能源的生产生活方式基本形成，2030年全国可再生能源消费量达到15亿吨标准煤以上，有力支撑实现2030年前碳达峰目标。
## 二、重点任务
（一）着力提升可再生能源安全可靠替代能力。全面提升可再生能源供给能力，加快建设以沙漠、戈壁、荒漠为重点的大型风电光伏基地。
（二）加快推进重点领域可再生能源替代应用。协同推进工业用能绿色低碳转型，加快交通运输和可再生能源融合互动，深化建筑可再生能源集成应用。
（三）积极推动新型基础设施可再生能源应用，提升数据中心等可再生能源利用水平。` + ZH_TAIL,
  },
  // 29. Building sector energy saving work plan (en only)
  {
    id: 'en-national-building-energy-carbon-workplan-2024',
    ext: 'md',
    title:
      'Work Plan for Accelerating Energy Conservation and Carbon Reduction in the Building Sector',
    issuer: 'General Office of the State Council (forwarding NDRC and MOHURD)',
    doc_number: 'Guo Ban Han [2024] No. 20',
    date: '2024-03-12',
    sectors: ['buildings', 'energy'],
    body:
      `
Energy conservation and carbon reduction in the building sector are essential for carbon peaking. This work plan sets the targets for 2025 and 2027.
## I. Main targets
By 2025, all new urban buildings will implement green building standards. The floor area of new ultra-low and near-zero energy buildings will increase by more than 0.2 billion square metres compared with 2023, and energy-saving retrofits of existing buildings will increase by more than 2 billion square metres compared with 2023. Electricity will account for more than 55% of building energy use, and the renewable energy substitution rate of urban buildings will reach 8%.
By 2027, ultra-low and near-zero energy buildings will be built at scale, the energy efficiency of existing buildings will improve further, and the building energy structure will be optimised.
## II. Key tasks
Improve the energy efficiency standards of new buildings, promote retrofits of existing buildings, strengthen building operation management, promote building-integrated PV, and develop heat pumps and electric cooking.` +
      EN_TAIL,
  },
  // 30. Green transport 14th FYP (zh only)
  {
    id: 'zh-national-green-transport-14fyp',
    ext: 'txt',
    title: '绿色交通“十四五”发展规划',
    issuer: '交通运输部',
    doc_number: '交规划发〔2021〕104号',
    date: '2021-10-29',
    sectors: ['transport'],
    body:
      `
为深入贯彻落实党中央、国务院决策部署，加快推进绿色交通发展，编制本规划。
## 一、发展目标
到2025年，交通运输领域绿色低碳生产方式初步形成，基本实现基础设施环境友好、运输装备清洁低碳、运输组织集约高效。
营运车辆单位运输周转量二氧化碳排放较2020年下降5%，营运船舶单位运输周转量二氧化碳排放较2020年下降3.5%，营运船舶单位运输周转量能耗较2020年下降5%。
全国城市公交、出租汽车（含网约车）、城市物流配送领域新能源汽车占比分别达到72%、35%、20%。
城区常住人口100万以上的城市中绿色出行比例超过70%，集装箱铁水联运量年均增长率超过15%。
## 二、主要任务
优化交通运输结构，推广应用新能源和清洁能源车辆，推进港口和船舶污染防治，建设绿色交通基础设施。` +
      ZH_TAIL,
  },
  // 31. Demand side management (en only)
  {
    id: 'en-national-demand-side-management-2023',
    ext: 'txt',
    title: 'Measures for the Administration of Electricity Demand Side Management (2023 Edition)',
    issuer: 'National Development and Reform Commission; and other departments',
    doc_number: 'Fa Gai Yun Xing Gui [2023] No. 1436',
    date: '2023-09-15',
    sectors: ['power', 'energy'],
    body:
      `
These measures are issued to strengthen electricity demand side management, ensure the safe and stable operation of the power system and promote energy conservation.
## Chapter I General Provisions
Demand side management covers energy conservation, electrification, demand response, orderly electricity use and green electricity consumption.
## Chapter III Demand Response
By 2025, the demand response capacity of each province should reach 3% to 5% of its maximum electricity load; provinces whose annual peak-valley difference ratio exceeds 40% should reach 5% or more.
Demand response resources will be included in the power balance of the power system, and price mechanisms for demand response will be improved.
## Chapter IV Electrification and green electricity
Electricity substitution in industry, transport, buildings and agriculture will be promoted, and users are encouraged to purchase green electricity and green certificates.` +
      EN_TAIL,
  },
  // 32. Coal power low-carbon retrofit (en only)
  {
    id: 'en-national-coal-power-low-carbon-2024',
    ext: 'md',
    title:
      'Action Plan for the Low-carbon Transformation and Construction of Coal Power (2024–2027)',
    issuer: 'National Development and Reform Commission; National Energy Administration',
    doc_number: 'Fa Gai Neng Yuan [2024] No. 894',
    date: '2024-06-24',
    sectors: ['power', 'energy'],
    body:
      `
This action plan promotes the low-carbon transformation of coal power through biomass co-firing, green ammonia co-firing and carbon capture, utilisation and storage.
## Main objectives
By 2025, the first batch of coal power low-carbon transformation projects will all have started construction, and a number of low-carbon coal power technologies will be applied. The carbon emissions per kilowatt-hour of these projects will be about 20% lower than the 2023 average of comparable coal power units.
By 2027, the carbon emissions per kilowatt-hour of the projects will be about 50% lower than the 2023 average of comparable units, approaching the level of gas power.
## Transformation routes
Biomass co-firing, green ammonia co-firing, and carbon capture, utilisation and storage (CCUS).` +
      EN_TAIL,
  },
  // 33. Carbon market expansion to cement, steel, aluminium (zh only)
  {
    id: 'zh-national-carbon-market-expansion-2025',
    ext: 'md',
    title: '全国碳排放权交易市场覆盖钢铁、水泥、铝冶炼行业工作方案',
    issuer: '生态环境部',
    doc_number: null,
    date: '2025-03-26',
    sectors: ['carbon-market', 'industry'],
    body:
      `
为贯彻落实党中央、国务院关于建设全国碳排放权交易市场的决策部署，稳步扩大全国碳排放权交易市场行业覆盖范围，制定本工作方案。
## 一、工作目标
通过扩大全国碳排放权交易市场行业覆盖范围，将钢铁、水泥、铝冶炼行业纳入管理，预计新增重点排放单位约1500家，新增纳入温室气体排放量约30亿吨二氧化碳当量，全国碳排放权交易市场覆盖的排放量占全国二氧化碳排放总量的60%以上。
## 二、实施安排
2024年度为首个管控年度，相关重点排放单位需在2025年底前完成2024年度配额清缴。启动实施阶段（2024—2026年），以夯实基础为主，配额免费分配；深化完善阶段（2027年起），逐步收紧配额总量。
## 三、配额分配
钢铁、水泥、铝冶炼行业配额实行免费分配，采用碳排放强度控制思路。` + ZH_TAIL,
  },
  // 34. Industrial green development 14th FYP (en only)
  {
    id: 'en-national-industrial-green-14fyp',
    ext: 'md',
    title: '14th Five-Year Plan for Industrial Green Development',
    issuer: 'Ministry of Industry and Information Technology',
    doc_number: 'Gong Xin Bu Gui [2021] No. 178',
    date: '2021-11-15',
    sectors: ['industry', 'circular-economy'],
    body:
      `
This plan sets the goals and tasks for the green development of industry during the 14th Five-Year Plan period.
## Chapter I Main targets for 2025
Energy consumption per unit of value added of industrial enterprises above designated size will fall by 13.5% from 2020, and carbon dioxide emissions per unit of industrial value added will fall by 18%.
The comprehensive utilisation rate of bulk industrial solid waste will reach 57%, and the recycling of major renewable resources will reach 480 million tonnes.
Water use per unit of industrial value added will fall by 16%.
The output value of green and environmental protection industries will reach 11 trillion yuan.
## Chapter II Key tasks
Carry out industrial carbon peaking actions, promote energy efficiency in key industries, build a green manufacturing system with green factories and industrial parks, and develop the green and low-carbon industry.` +
      EN_TAIL,
  },
  // 35. Agriculture emission reduction (zh only)
  {
    id: 'zh-national-agriculture-emission-reduction-2022',
    ext: 'txt',
    title: '农业农村减排固碳实施方案',
    issuer: '农业农村部、国家发展改革委',
    doc_number: '农科教发〔2022〕2号',
    date: '2022-05-07',
    sectors: ['agriculture', 'methane'],
    body:
      `
为贯彻落实党中央、国务院关于碳达峰碳中和的重大战略决策，推进农业农村减排固碳，制定本实施方案。
## 一、主要目标
到2025年，农业农村减排固碳与粮食安全、乡村振兴、农业农村现代化统筹融合的格局基本形成。
畜禽粪污综合利用率达到80%以上，秸秆综合利用率稳定在86%以上，农膜回收率达到85%，三大粮食作物化肥利用率达到43%，农药利用率达到43%。
到2030年，农业农村减排固碳与粮食安全、乡村振兴、农业农村现代化统筹推进的合力充分发挥，种植业温室气体、畜牧业反刍动物肠道发酵、畜禽粪污管理温室气体排放和农业农村生产生活用能排放强度进一步降低。
## 二、重点任务
种植业节能减排，畜牧业减排降碳，渔业减排增汇，农田固碳扩容，农机节能减排，可再生能源替代。` +
      ZH_TAIL,
  },
  // 36. Green building action (zh only)
  {
    id: 'zh-national-green-building-action-2020',
    ext: 'md',
    title: '绿色建筑创建行动方案',
    issuer: '住房和城乡建设部、国家发展改革委、教育部、工业和信息化部、人民银行、国管局、银保监会',
    doc_number: '建标〔2020〕65号',
    date: '2020-07-15',
    sectors: ['buildings'],
    body:
      `
为全面贯彻落实党的十九大精神，推动绿色建筑高质量发展，决定开展绿色建筑创建行动。
## 一、创建对象
绿色建筑创建行动以城镇建筑作为创建对象。绿色建筑指在全寿命期内节约资源、保护环境、减少污染，为人们提供健康、适用、高效的使用空间，最大限度实现人与自然和谐共生的高质量建筑。
## 二、创建目标
到2022年，当年城镇新建建筑中绿色建筑面积占比达到70%，星级绿色建筑持续增加，既有建筑能效水平不断提高，住宅健康性能不断完善，装配化建造方式占比稳步提升，绿色建材应用进一步扩大，绿色住宅使用者监督全面推广。
## 三、重点任务
推动新建建筑全面实施绿色设计，完善星级绿色建筑标识制度，提升建筑能效水效水平，提高住宅健康性能，推广装配化建造方式，推动绿色建材应用。` +
      ZH_TAIL,
  },
  // 37. Green electricity certificate market opinions 2025 (en only)
  {
    id: 'en-national-green-certificate-market-2025',
    ext: 'md',
    title:
      'Opinions on Promoting the High-quality Development of the Renewable Energy Green Electricity Certificate Market',
    issuer:
      'National Development and Reform Commission; National Energy Administration; Ministry of Industry and Information Technology; Ministry of Commerce; National Data Administration',
    doc_number: 'Fa Gai Neng Yuan [2025] No. 262',
    date: '2025-03-06',
    sectors: ['power', 'carbon-market'],
    body:
      `
These opinions, issued by five departments, aim to build a green electricity certificate market with sufficient supply, active demand, smooth trading and reasonable prices.
## Main objectives
By 2027, the GEC market system will be basically complete, mandatory and voluntary consumption will develop together, and the GEC issuance, trading and application systems will be sound. By 2030, the GEC market will be mature, and GECs will be widely recognised internationally.
## Key measures
Mandatory green electricity consumption requirements will be set for key energy-using industries such as steel, non-ferrous metals, building materials, petrochemicals, chemicals and data centres; the share of green electricity in new data centres at national hub nodes should reach 80%. Green electricity consumption will be linked with carbon emission accounting and product carbon footprints.` +
      EN_TAIL,
  },
];

export function nationalDocs(): Doc[] {
  return NATIONAL.map((n) => ({
    meta: {
      id: n.id,
      file: `${n.id}.${n.ext}`,
      title: n.title,
      issuer: n.issuer,
      doc_number: n.doc_number,
      date: n.date,
      region: 'National',
      level: 'national' as const,
      sectors: n.sectors,
      language: n.id.startsWith('zh-') ? ('zh' as const) : ('en' as const),
      url: null,
    },
    blocks: parseMarkup(n.body),
  }));
}
