# Deterministic generator for the provincial/municipal look-alike documents of eval/holdout-qa.
import json, os
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "corpus")
docs = []  # manifest entries (lang, entry)

def emit(lang, did, title, issuer, docno, date, region, level, sectors, text):
    fn = f"{did}.md"
    with open(os.path.join(OUT, lang, fn), "w", encoding="utf-8") as f:
        f.write(text.strip() + "\n")
    docs.append((lang, dict(id=did, file=fn, title=title, issuer=issuer, doc_number=docno, date=date,
                            region=region, level=level, sectors=sectors, language=lang, url=None)))

def cn_date(d):
    y, m, dd = d.split("-"); return f"{int(y)}年{int(m)}月{int(dd)}日"
MON = ["", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
def en_date(d):
    y, m, dd = d.split("-"); return f"{int(dd)} {MON[int(m)]} {y}"

# ---------------- A. trade-in 2025 ----------------
TRADE_ZH = [
 dict(key="hubei", region="Hubei", zh="湖北省", scope="全省", level="provincial", abbr="鄂",
      issuer="湖北省商务厅　湖北省发展和改革委员会　湖北省财政厅", docno="鄂商务发〔2025〕6号", date="2025-01-22",
      apps24="23.6万份", sales24="152.4亿元", scrap="6.5万辆", replace="13万辆", appl="160万台", ebike="22万辆", digital="45万件",
      nev_hi="16000元", nev_lo="11000元", fuel_hi="13000元", fuel_lo="8000元", thr="15万元", county="300元", style="list"),
 dict(key="hunan", region="Hunan", zh="湖南省", scope="全省", level="provincial", abbr="湘",
      issuer="湖南省商务厅　湖南省财政厅　湖南省发展和改革委员会", docno="湘商消费〔2025〕3号", date="2025-01-17",
      apps24="19.8万份", sales24="121.7亿元", scrap="5.2万辆", replace="11万辆", appl="135万台", ebike="18万辆", digital="38万件",
      nev_hi="15000元", nev_lo="10000元", fuel_hi="12000元", fuel_lo="7000元", thr="20万元", county="200元", style="sentence"),
 dict(key="guangxi", region="Guangxi", zh="广西壮族自治区", scope="全区", level="provincial", abbr="桂",
      issuer="广西壮族自治区商务厅　广西壮族自治区财政厅", docno="桂商消费发〔2025〕2号", date="2025-01-26",
      apps24="14.1万份", sales24="86.3亿元", scrap="3.8万辆", replace="7.5万辆", appl="98万台", ebike="30万辆", digital="26万件",
      nev_hi="14000元", nev_lo="9000元", fuel_hi="11000元", fuel_lo="6000元", thr="15万元", county="400元", style="list"),
 dict(key="wuhan", region="Wuhan", zh="武汉市", scope="全市", level="municipal", abbr="武",
      issuer="武汉市商务局　武汉市财政局", docno="武商务〔2025〕11号", date="2025-02-08",
      apps24="8.9万份", sales24="64.5亿元", scrap="2.1万辆", replace="4.6万辆", appl="52万台", ebike="9万辆", digital="16万件",
      nev_hi="17000元", nev_lo="12000元", fuel_hi="14000元", fuel_lo="9000元", thr="15万元", county="500元", style="sentence"),
]
for p in TRADE_ZH:
    title = f"{p['zh']}2025年消费品以旧换新实施方案"
    tgt_intro = f"到2025年底，{p['scope']}：" if p["style"] == "list" else ""
    if p["style"] == "list":
        targets = f"""{tgt_intro}

1. 完成汽车报废更新{p['scrap']}以上；
2. 完成汽车置换更新{p['replace']}以上；
3. 家电以旧换新销售不低于{p['appl']}；
4. 电动自行车以旧换新{p['ebike']}左右；
5. 手机、平板、智能手表手环购新补贴{p['digital']}以上。"""
    else:
        targets = f"力争2025年{p['scope']}汽车报废更新达到{p['scrap']}以上、置换更新达到{p['replace']}以上，家电以旧换新销售不低于{p['appl']}，电动自行车以旧换新{p['ebike']}左右，手机等数码产品购新补贴{p['digital']}以上。"
    text = f"""# 关于印发《{title}》的通知

**发布机关：** {p['issuer']}

**文号：** {p['docno']}

**发布日期：** {cn_date(p['date'])}

# {title}

为贯彻落实国家发展改革委、财政部关于2025年加力扩围实施大规模设备更新和消费品以旧换新政策的部署，进一步激发消费活力，结合{p['scope']}实际，制定本方案。

## 一、工作基础

2024年，{p['scope']}受理汽车以旧换新补贴申请{p['apps24']}，带动家电销售{p['sales24']}，以旧换新政策对消费的拉动作用明显。

## 二、工作目标

{targets}

## 三、汽车以旧换新

（一）报废更新。个人消费者报废符合条件的旧车并购买新能源乘用车的，每辆补贴2万元；购买2.0升及以下排量燃油乘用车的，每辆补贴1.5万元。

（二）置换更新。个人消费者转出本人名下乘用车并在本地购买新车的，按以下标准补贴：

1. 购买新能源乘用车，新车销售价格{p['thr']}（含）以上的，每辆补贴{p['nev_hi']}；
2. 购买新能源乘用车，新车销售价格{p['thr']}以下的，每辆补贴{p['nev_lo']}；
3. 购买燃油乘用车，新车销售价格{p['thr']}（含）以上的，每辆补贴{p['fuel_hi']}；
4. 购买燃油乘用车，新车销售价格{p['thr']}以下的，每辆补贴{p['fuel_lo']}。

## 四、家电和数码产品以旧换新

（一）家电产品。对个人消费者购买12类家电产品，按销售价格的15%给予补贴；购买1级能效或水效产品的，额外给予销售价格5%的补贴，每件补贴不超过2000元。县域及农村消费者购买家电的，在上述标准基础上每件再给予{p['county']}补贴。

（二）数码产品。对单件销售价格不超过6000元的手机、平板、智能手表手环，按销售价格的15%给予补贴，每件不超过500元。

## 五、保障措施

各地要加强资金监管，严厉打击骗补套补行为，确保补贴资金安全高效使用。
"""
    emit("zh", f"hq-zh-{p['key']}-trade-in-2025", title, p["issuer"].replace("　", "；"), p["docno"], p["date"], p["region"], p["level"], ["consumption", "transport", "appliances"], text)

TRADE_EN = [
 dict(key="jiangxi", region="Jiangxi", name="Jiangxi Province", scope="the province", level="provincial",
      issuer="Department of Commerce of Jiangxi Province; Department of Finance of Jiangxi Province", docno="Gan Shang Wu Xiao Fei Zi [2025] No. 4", date="2025-01-21",
      apps24="171,000", scrap="45,000", replace="95,000", appl="1.1 million", ebike="150,000",
      nev_hi="15,000 yuan", nev_lo="9,000 yuan", fuel_hi="12,000 yuan", fuel_lo="6,000 yuan", thr="150,000 yuan", county="300 yuan", style="list"),
 dict(key="chongqing", region="Chongqing", name="Chongqing Municipality", scope="the municipality", level="provincial",
      issuer="Chongqing Municipal Commission of Commerce; Chongqing Municipal Finance Bureau", docno="Yu Shang Wu Fa [2025] No. 5", date="2025-01-24",
      apps24="186,000", scrap="50,000", replace="110,000", appl="1.3 million", ebike="120,000",
      nev_hi="18,000 yuan", nev_lo="13,000 yuan", fuel_hi="14,000 yuan", fuel_lo="10,000 yuan", thr="200,000 yuan", county="200 yuan", style="sentence"),
 dict(key="xiamen", region="Xiamen", name="Xiamen", scope="the city", level="municipal",
      issuer="Xiamen Municipal Bureau of Commerce; Xiamen Municipal Finance Bureau", docno="Xia Shang Wu [2025] No. 9", date="2025-02-12",
      apps24="42,000", scrap="9,000", replace="26,000", appl="280,000", ebike="60,000",
      nev_hi="16,000 yuan", nev_lo="10,000 yuan", fuel_hi="11,000 yuan", fuel_lo="7,000 yuan", thr="150,000 yuan", county="100 yuan", style="list"),
]
for p in TRADE_EN:
    title = f"{p['name']} Implementation Plan for the 2025 Consumer Goods Trade-in Programme"
    if p["style"] == "list":
        targets = f"""By the end of 2025, {p['name']} will:

(1) complete the scrappage renewal of more than {p['scrap']} passenger vehicles;
(2) complete the replacement renewal of more than {p['replace']} passenger vehicles;
(3) sell no less than {p['appl']} household appliances under the trade-in programme;
(4) trade in about {p['ebike']} old electric bicycles."""
    else:
        targets = f"In 2025, {p['scope']} shall strive to complete the scrappage renewal of more than {p['scrap']} passenger vehicles and the replacement renewal of more than {p['replace']}, to sell no less than {p['appl']} household appliances under the programme, and to trade in about {p['ebike']} old electric bicycles."
    text = f"""# {title}

**Issued by:** {p['issuer']}

**Document No.:** {p['docno']}

**Date:** {en_date(p['date'])}

To implement the national policy of stepping up and expanding large-scale equipment renewal and consumer goods trade-ins in 2025, and in the light of the actual situation of {p['scope']}, this plan is formulated.

## I. Basis

In 2024, {p['scope']} received {p['apps24']} applications for vehicle trade-in subsidies, and the trade-in programme clearly boosted consumption.

## II. Objectives

{targets}

## III. Vehicle Trade-ins

1. Scrappage renewal. An individual who scraps an eligible old vehicle and buys a new energy passenger vehicle receives 20,000 yuan; one who buys a fuel passenger vehicle of 2.0 litres or below receives 15,000 yuan.

2. Replacement renewal. An individual who transfers a passenger vehicle registered in his or her name and buys a new vehicle locally receives:

(1) for a new energy passenger vehicle priced at {p['thr']} or above, {p['nev_hi']};
(2) for a new energy passenger vehicle priced below {p['thr']}, {p['nev_lo']};
(3) for a fuel passenger vehicle priced at {p['thr']} or above, {p['fuel_hi']};
(4) for a fuel passenger vehicle priced below {p['thr']}, {p['fuel_lo']}.

## IV. Household Appliances and Digital Products

1. Household appliances. Buyers of the 12 categories of household appliances receive 15% of the sale price, plus a further 5% for products of energy or water efficiency grade 1, up to 2,000 yuan per item. Buyers in counties and rural areas receive an additional {p['county']} per item.

2. Digital products. Mobile phones, tablets and smart watches priced at no more than 6,000 yuan receive 15% of the price, up to 500 yuan per item.

## V. Safeguards

Fraudulent claims shall be investigated and punished, and the use of subsidy funds shall be supervised throughout.
"""
    emit("en", f"hq-en-{p['key']}-trade-in-2025", title, p["issuer"], p["docno"], p["date"], p["region"], p["level"], ["consumption", "transport", "appliances"], text)

# ---------------- B. carbon peaking implementation plans ----------------
PEAK_ZH = [
 dict(key="hunan", region="Hunan", zh="湖南省", scope="全省", level="provincial", issuer="湖南省人民政府", docno="湘政发〔2022〕19号", date="2022-10-28",
      nf25="22%", nf30="25%", ei25="14%", ci25="17.6%", forest25="59.6%", forest30="59.8%", ws25="1800万千瓦", ws30="3500万千瓦", style="list"),
 dict(key="yunnan", region="Yunnan", zh="云南省", scope="全省", level="provincial", issuer="云南省人民政府", docno="云政发〔2022〕44号", date="2022-12-05",
      nf25="46%", nf30="50%", ei25="13%", ci25="16.5%", forest25="65%", forest30="66%", ws25="5000万千瓦", ws30="8000万千瓦", style="sentence"),
 dict(key="ningxia", region="Ningxia", zh="宁夏回族自治区", scope="全区", level="provincial", issuer="宁夏回族自治区人民政府", docno="宁政发〔2022〕65号", date="2022-11-20",
      nf25="15%", nf30="20%", ei25="15%", ci25="19%", forest25="20%", forest30="20.5%", ws25="5000万千瓦", ws30="7450万千瓦", style="list"),
 dict(key="tianjin", region="Tianjin", zh="天津市", scope="全市", level="provincial", issuer="天津市人民政府", docno="津政发〔2022〕18号", date="2022-09-08",
      nf25="11.7%", nf30="16%", ei25="14.5%", ci25="19.5%", forest25="12.5%", forest30="13%", ws25="800万千瓦", ws30="1200万千瓦", style="sentence"),
]
for p in PEAK_ZH:
    title = f"{p['zh']}碳达峰实施方案"
    if p["style"] == "list":
        goals = f"""“十四五”期间，产业结构和能源结构调整优化取得明显进展。到2025年，{p['scope']}：

1. 非化石能源消费比重达到{p['nf25']}左右；
2. 单位地区生产总值能源消耗比2020年下降{p['ei25']}；
3. 单位地区生产总值二氧化碳排放比2020年下降{p['ci25']}；
4. 森林覆盖率达到{p['forest25']}；
5. 风电、太阳能发电总装机容量达到{p['ws25']}以上。

到2030年，非化石能源消费比重达到{p['nf30']}左右，森林覆盖率不低于{p['forest30']}，风电、太阳能发电总装机容量达到{p['ws30']}以上，顺利实现2030年前碳达峰目标。"""
    else:
        goals = f"""到2025年，{p['scope']}非化石能源消费比重达到{p['nf25']}左右，单位地区生产总值能源消耗比2020年下降{p['ei25']}，单位地区生产总值二氧化碳排放比2020年下降{p['ci25']}，森林覆盖率达到{p['forest25']}，风电、太阳能发电总装机容量达到{p['ws25']}以上，为实现碳达峰奠定坚实基础。

到2030年，非化石能源消费比重达到{p['nf30']}左右，森林覆盖率不低于{p['forest30']}，风电、太阳能发电总装机容量达到{p['ws30']}以上，二氧化碳排放量达到峰值并实现稳中有降。"""
    text = f"""# {p['issuer']}关于印发《{title}》的通知

{p['docno']}

{cn_date(p['date'])}

# {title}

为深入贯彻落实党中央、国务院关于碳达峰碳中和的重大战略决策，扎实推进{p['scope']}碳达峰工作，依据《2030年前碳达峰行动方案》，结合实际，制定本方案。

## 一、主要目标

{goals}

## 二、重点任务

（一）能源绿色低碳转型行动。大力发展风电、太阳能发电，积极推进新型储能建设，严格合理控制煤炭消费增长。

（二）节能降碳增效行动。全面提升节能管理能力，推动重点用能设备节能增效，坚决遏制高耗能、高排放、低水平项目盲目发展。

（三）工业领域碳达峰行动。推动钢铁、有色金属、建材、石化化工等行业碳达峰。

（四）城乡建设碳达峰行动。到2025年，城镇新建建筑全面执行绿色建筑标准。

（五）交通运输绿色低碳行动。加快新能源汽车推广应用，完善充换电基础设施。

（六）碳汇能力巩固提升行动。持续推进国土绿化，提升生态系统碳汇增量。

## 三、保障措施

建立碳达峰工作考核评价制度，将主要目标纳入各地经济社会发展综合评价体系。
"""
    emit("zh", f"hq-zh-{p['key']}-carbon-peak-plan", title, p["issuer"], p["docno"], p["date"], p["region"], p["level"], ["energy", "industry", "buildings", "transport", "forestry"], text)

PEAK_EN = [
 dict(key="gansu", region="Gansu", name="Gansu Province", scope="the province", level="provincial", issuer="People's Government of Gansu Province", docno="Gan Zheng Fa [2022] No. 62", date="2022-12-10",
      nf25="30%", nf30="40%", ei25="13%", ci25="17%", forest25="11.9%", forest30="12.5%", ws25="56 GW", ws30="80 GW", style="list"),
 dict(key="jilin", region="Jilin", name="Jilin Province", scope="the province", level="provincial", issuer="People's Government of Jilin Province", docno="Ji Zheng Fa [2022] No. 17", date="2022-08-30",
      nf25="17.7%", nf30="20%", ei25="15%", ci25="18.5%", forest25="45.2%", forest30="45.8%", ws25="37 GW", ws30="60 GW", style="sentence"),
 dict(key="xinjiang", region="Xinjiang", name="Xinjiang Uygur Autonomous Region", scope="the autonomous region", level="provincial", issuer="People's Government of Xinjiang Uygur Autonomous Region", docno="Xin Zheng Fa [2023] No. 8", date="2023-03-02",
      nf25="18%", nf30="25%", ei25="14.5%", ci25="17.5%", forest25="5.3%", forest30="5.6%", ws25="100 GW", ws30="180 GW", style="list"),
]
for p in PEAK_EN:
    title = f"Implementation Plan for Carbon Dioxide Peaking in {p['name']}"
    if p["style"] == "list":
        goals = f"""During the 14th Five-Year Plan period, clear progress shall be made in adjusting the industrial and energy structures. By 2025, {p['name']} will:

(1) raise the share of non-fossil energy in total energy consumption to about {p['nf25']};
(2) reduce energy consumption per unit of regional GDP by {p['ei25']} compared with 2020;
(3) reduce carbon dioxide emissions per unit of regional GDP by {p['ci25']} compared with 2020;
(4) raise forest coverage to {p['forest25']};
(5) bring the combined installed capacity of wind and solar power to over {p['ws25']}.

By 2030, the share of non-fossil energy consumption shall reach about {p['nf30']}, forest coverage shall be no less than {p['forest30']}, the installed capacity of wind and solar power shall exceed {p['ws30']}, and carbon dioxide emissions shall peak before 2030."""
    else:
        goals = f"""By 2025, the share of non-fossil energy consumption in {p['scope']} shall reach about {p['nf25']}; energy consumption per unit of regional GDP shall fall by {p['ei25']} and carbon dioxide emissions per unit of regional GDP by {p['ci25']} compared with 2020; forest coverage shall reach {p['forest25']}; and the combined installed capacity of wind and solar power shall be over {p['ws25']}.

By 2030, the share of non-fossil energy consumption shall reach about {p['nf30']}, forest coverage shall be no less than {p['forest30']}, the installed capacity of wind and solar power shall exceed {p['ws30']}, and carbon dioxide emissions shall peak and then stabilise."""
    text = f"""# {title}

**Issued by:** {p['issuer']}

**Document No.:** {p['docno']}

**Date:** {en_date(p['date'])}

To implement the decisions of the Central Committee and the State Council on carbon peaking and carbon neutrality and the Action Plan for Carbon Dioxide Peaking Before 2030, this plan is formulated in the light of the actual situation of {p['scope']}.

## I. Main Objectives

{goals}

## II. Key Tasks

1. Green and low-carbon energy transition: develop wind and solar power on a large scale, build new-type energy storage and strictly control the growth of coal consumption.

2. Energy saving, carbon reduction and efficiency: strengthen energy-saving management and curb projects with high energy consumption and high emissions.

3. Carbon peaking in industry: steel, non-ferrous metals, building materials and petrochemicals.

4. Urban and rural construction: from 2025, all new urban buildings shall meet green building standards.

5. Transport: promote new energy vehicles and build charging and battery-swapping infrastructure.

6. Carbon sinks: continue afforestation and grassland protection.

## III. Safeguards

An assessment system for carbon peaking shall be established and the main objectives included in the comprehensive evaluation of local development.
"""
    emit("en", f"hq-en-{p['key']}-carbon-peak-plan", title, p["issuer"], p["docno"], p["date"], p["region"], p["level"], ["energy", "industry", "buildings", "transport", "forestry"], text)

# ---------------- C. 14th FYP renewable energy plans ----------------
RE_ZH = [
 dict(key="fujian", region="Fujian", zh="福建省", scope="全省", level="provincial", issuer="福建省发展和改革委员会　福建省能源局", docno="闽发改能源〔2022〕312号", date="2022-06-16",
      re25="4400万千瓦", wind25="900万千瓦", offshore="500万千瓦", pv25="500万千瓦", hydro="1380万千瓦", bio="160万千瓦", share="25%", weight="21%", style="list"),
 dict(key="liaoning", region="Liaoning", zh="辽宁省", scope="全省", level="provincial", issuer="辽宁省发展和改革委员会", docno="辽发改能源〔2022〕188号", date="2022-05-30",
      re25="3700万千瓦", wind25="1900万千瓦", offshore="375万千瓦", pv25="1200万千瓦", hydro="310万千瓦", bio="100万千瓦", share="38%", weight="17%", style="sentence"),
 dict(key="gansu", region="Gansu", zh="甘肃省", scope="全省", level="provincial", issuer="甘肃省发展和改革委员会　甘肃省能源局", docno="甘发改能源〔2022〕96号", date="2022-02-25",
      re25="8000万千瓦", wind25="3853万千瓦", offshore=None, pv25="4169万千瓦", hydro="970万千瓦", bio="50万千瓦", share="60%", weight="30%", style="list"),
 dict(key="qingdao", region="Qingdao", zh="青岛市", scope="全市", level="municipal", issuer="青岛市发展和改革委员会", docno="青发改能源〔2022〕47号", date="2022-04-12",
      re25="600万千瓦", wind25="120万千瓦", offshore="200万千瓦", pv25="400万千瓦", hydro="0", bio="25万千瓦", share="20%", weight="14%", style="sentence"),
]
for p in RE_ZH:
    title = f"{p['zh']}“十四五”可再生能源发展专项规划"
    off = f"其中海上风电装机{p['offshore']}" if p["offshore"] else "陆上风电集中式开发为主"
    hydro = f"水电装机保持在{p['hydro']}左右；" if p["hydro"] != "0" else ""
    if p["style"] == "list":
        goals = f"""到2025年，{p['scope']}：

1. 可再生能源发电装机容量达到{p['re25']}以上；
2. 风电装机达到{p['wind25']}，{off}；
3. 光伏发电装机达到{p['pv25']}以上；
4. {hydro}生物质发电装机达到{p['bio']}；
5. 可再生能源发电量占全社会用电量比重达到{p['share']}左右；
6. 非水电可再生能源电力消纳责任权重不低于{p['weight']}。"""
    else:
        goals = f"""到2025年，{p['scope']}可再生能源发电装机容量达到{p['re25']}以上，风电装机达到{p['wind25']}（{off}），光伏发电装机达到{p['pv25']}以上，{hydro}生物质发电装机达到{p['bio']}；可再生能源发电量占全社会用电量比重达到{p['share']}左右，非水电可再生能源电力消纳责任权重不低于{p['weight']}。"""
    text = f"""# {title}

**发布机关：** {p['issuer']}

**文号：** {p['docno']}

**发布日期：** {cn_date(p['date'])}

## 一、发展基础

“十三五”以来，{p['scope']}可再生能源实现跨越式发展，装机规模持续扩大，利用水平稳步提升，为能源结构优化调整作出了重要贡献。

## 二、发展目标

{goals}

## 三、重点任务

（一）加快风电规模化发展。统筹资源条件和电网接入，推进集中式风电基地建设，因地制宜发展分散式风电。

（二）推动光伏发电多元化发展。推进整县屋顶分布式光伏开发，建设“光伏+”综合利用项目。

（三）提升可再生能源消纳能力。加强电网建设，配套建设新型储能和抽水蓄能电站。

## 四、保障措施

加强规划衔接，完善土地、财税、金融支持政策，强化项目全过程管理。
"""
    emit("zh", f"hq-zh-{p['key']}-renewable-energy-14fyp", title, p["issuer"].replace("　", "；"), p["docno"], p["date"], p["region"], p["level"], ["energy", "power", "renewables"], text)

RE_EN = [
 dict(key="guangxi", region="Guangxi", name="Guangxi Zhuang Autonomous Region", scope="the autonomous region", level="provincial", issuer="Development and Reform Commission of Guangxi Zhuang Autonomous Region", docno="Gui Fa Gai Neng Yuan [2022] No. 598", date="2022-06-08",
      re25="58 GW", wind25="24.5 GW", offshore="7.5 GW", pv25="15 GW", share="48%", weight="16.5%", style="list"),
 dict(key="chengdu", region="Chengdu", name="Chengdu", scope="the city", level="municipal", issuer="Chengdu Municipal Development and Reform Commission", docno="Cheng Fa Gai Neng Yuan [2022] No. 21", date="2022-07-19",
      re25="4.2 GW", wind25="0.3 GW", offshore=None, pv25="2.5 GW", share="85%", weight="7%", style="sentence"),
]
for p in RE_EN:
    title = f"{p['name']} 14th Five-Year Plan for Renewable Energy Development"
    off = f", including {p['offshore']} of offshore wind" if p["offshore"] else ""
    if p["style"] == "list":
        goals = f"""By 2025, {p['name']} will:

(1) bring the installed capacity of renewable power generation to over {p['re25']};
(2) bring wind power capacity to {p['wind25']}{off};
(3) bring solar photovoltaic capacity to over {p['pv25']};
(4) raise the share of renewable electricity in total electricity consumption to about {p['share']};
(5) meet a non-hydro renewable electricity consumption responsibility weight of no less than {p['weight']}."""
    else:
        goals = f"""By 2025, the installed capacity of renewable power generation in {p['scope']} shall exceed {p['re25']}, with wind power of {p['wind25']}{off} and solar photovoltaic capacity of over {p['pv25']}; renewable electricity shall account for about {p['share']} of total electricity consumption, and the non-hydro renewable electricity consumption responsibility weight shall be no less than {p['weight']}."""
    text = f"""# {title}

**Issued by:** {p['issuer']}

**Document No.:** {p['docno']}

**Date:** {en_date(p['date'])}

## I. Development Basis

Since the 13th Five-Year Plan period, renewable energy in {p['scope']} has developed rapidly, and its installed capacity and utilisation have grown steadily.

## II. Objectives

{goals}

## III. Key Tasks

1. Develop wind power at scale, combining centralised bases with distributed projects.

2. Diversify solar photovoltaics: rooftop distributed PV across whole counties, and "PV+" projects combining generation with agriculture and fisheries.

3. Improve the capacity to absorb renewable power through grid construction, new-type energy storage and pumped storage.

## IV. Safeguards

Land, fiscal and financial support shall be improved, and project management strengthened throughout.
"""
    emit("en", f"hq-en-{p['key']}-renewable-energy-14fyp", title, p["issuer"], p["docno"], p["date"], p["region"], p["level"], ["energy", "power", "renewables"], text)

# ---------------- D. new-type energy storage plans ----------------
ST_ZH = [
 dict(key="ningxia", region="Ningxia", zh="宁夏回族自治区", scope="全区", level="provincial", issuer="宁夏回族自治区发展和改革委员会", docno="宁发改能源〔2023〕112号", date="2023-04-18",
      cap25="500万千瓦", cap27="800万千瓦", ratio="10%", hours="2小时", pumped="340万千瓦", cycles="350次", style="list"),
 dict(key="xinjiang", region="Xinjiang", zh="新疆维吾尔自治区", scope="全区", level="provincial", issuer="新疆维吾尔自治区发展和改革委员会", docno="新发改能源〔2023〕85号", date="2023-03-28",
      cap25="600万千瓦", cap27="1200万千瓦", ratio="25%", hours="4小时", pumped="420万千瓦", cycles="300次", style="sentence"),
 dict(key="jiangxi", region="Jiangxi", zh="江西省", scope="全省", level="provincial", issuer="江西省能源局", docno="赣能科技字〔2023〕28号", date="2023-06-05",
      cap25="100万千瓦", cap27="400万千瓦", ratio="10%", hours="1小时", pumped="120万千瓦", cycles="330次", style="list"),
]
for p in ST_ZH:
    title = f"{p['zh']}“十四五”新型储能发展实施方案"
    if p["style"] == "list":
        goals = f"""到2025年，{p['scope']}：

1. 新型储能装机规模达到{p['cap25']}以上；
2. 抽水蓄能装机规模达到{p['pumped']}；
3. 新建新能源项目按照装机容量{p['ratio']}、连续储能时长{p['hours']}以上配置储能。

到2027年，新型储能装机规模力争达到{p['cap27']}。"""
    else:
        goals = f"""到2025年，{p['scope']}新型储能装机规模达到{p['cap25']}以上，抽水蓄能装机规模达到{p['pumped']}；新建新能源项目按照装机容量{p['ratio']}、连续储能时长{p['hours']}以上配置储能。到2027年，新型储能装机规模力争达到{p['cap27']}。"""
    text = f"""# {title}

**发布机关：** {p['issuer']}

**文号：** {p['docno']}

**发布日期：** {cn_date(p['date'])}

## 一、总体要求

以支撑新型电力系统建设为目标，推动新型储能规模化、产业化、市场化发展，提升电力系统调节能力。

## 二、发展目标

{goals}

## 三、重点任务

（一）推动电源侧储能规模化建设。在新能源富集地区布局一批共享储能电站。

（二）科学布局电网侧独立储能。独立储能电站年调用完全充放电次数原则上不低于{p['cycles']}。

（三）灵活发展用户侧储能。鼓励工业园区、数据中心等配置用户侧储能，完善峰谷分时电价政策。

## 四、保障措施

健全储能参与电力市场机制，加强储能电站安全管理，建立储能项目库，实行动态管理。
"""
    emit("zh", f"hq-zh-{p['key']}-new-energy-storage-plan", title, p["issuer"], p["docno"], p["date"], p["region"], p["level"], ["energy", "power", "storage"], text)

ST_EN = [
 dict(key="hubei", region="Hubei", name="Hubei Province", scope="the province", level="provincial", issuer="Hubei Provincial Energy Bureau", docno="E Neng Yuan Fa [2023] No. 31", date="2023-05-22",
      cap25="3 GW", cap27="6 GW", ratio="15%", hours="2 hours", pumped="4.7 GW", cycles="320", style="list"),
 dict(key="yunnan", region="Yunnan", name="Yunnan Province", scope="the province", level="provincial", issuer="Yunnan Provincial Energy Bureau", docno="Yun Neng Yuan Fa [2023] No. 14", date="2023-02-27",
      cap25="2 GW", cap27="5 GW", ratio="10%", hours="2 hours", pumped="1.4 GW", cycles="300", style="sentence"),
]
for p in ST_EN:
    title = f"{p['name']} Implementation Plan for the Development of New-Type Energy Storage during the 14th Five-Year Plan Period"
    if p["style"] == "list":
        goals = f"""By 2025, {p['name']} will:

(1) bring the installed capacity of new-type energy storage to over {p['cap25']};
(2) bring pumped storage capacity to {p['pumped']};
(3) require new renewable projects to be equipped with storage of {p['ratio']} of their installed capacity for at least {p['hours']}.

By 2027, the installed capacity of new-type energy storage shall strive to reach {p['cap27']}."""
    else:
        goals = f"""By 2025, the installed capacity of new-type energy storage in {p['scope']} shall exceed {p['cap25']} and pumped storage capacity shall reach {p['pumped']}; new renewable projects shall be equipped with storage of {p['ratio']} of their installed capacity for at least {p['hours']}. By 2027, new-type energy storage capacity shall strive to reach {p['cap27']}."""
    text = f"""# {title}

**Issued by:** {p['issuer']}

**Document No.:** {p['docno']}

**Date:** {en_date(p['date'])}

## I. General Requirements

New-type energy storage shall develop at scale, on an industrial basis and through the market, to raise the flexibility of the power system.

## II. Objectives

{goals}

## III. Key Tasks

1. Build storage on the generation side, including shared storage stations in areas rich in renewable energy.

2. Plan independent grid-side storage. Independent storage stations shall in principle be dispatched for no fewer than {p['cycles']} full charge-discharge cycles a year.

3. Develop user-side storage in industrial parks and data centres, supported by time-of-use tariffs.

## IV. Safeguards

Mechanisms for storage to take part in the power market shall be improved, and safety management of storage stations strengthened.
"""
    emit("en", f"hq-en-{p['key']}-new-energy-storage-plan", title, p["issuer"], p["docno"], p["date"], p["region"], p["level"], ["energy", "power", "storage"], text)

# ---------------- E. green building plans ----------------
GB_ZH = [
 dict(key="chongqing", region="Chongqing", zh="重庆市", scope="全市", level="provincial", issuer="重庆市住房和城乡建设委员会", docno="渝建发〔2022〕22号", date="2022-06-30",
      star="30%", ultra="50万平方米", retrofit="500万平方米", prefab="30%", pv="15万千瓦", style="list"),
 dict(key="xiamen", region="Xiamen", zh="厦门市", scope="全市", level="municipal", issuer="厦门市建设局", docno="厦建科〔2022〕41号", date="2022-08-15",
      star="45%", ultra="20万平方米", retrofit="150万平方米", prefab="40%", pv="8万千瓦", style="sentence"),
]
for p in GB_ZH:
    title = f"{p['zh']}“十四五”建筑节能与绿色建筑发展规划"
    if p["style"] == "list":
        goals = f"""到2025年，{p['scope']}：

1. 城镇新建建筑全面执行绿色建筑标准，星级绿色建筑占比达到{p['star']}以上；
2. 新建超低能耗、近零能耗建筑{p['ultra']}以上；
3. 完成既有建筑节能改造面积{p['retrofit']}；
4. 装配式建筑占当年城镇新建建筑的比例不低于{p['prefab']}；
5. 新增建筑光伏装机容量{p['pv']}。"""
    else:
        goals = f"""到2025年，{p['scope']}城镇新建建筑全面执行绿色建筑标准，星级绿色建筑占比达到{p['star']}以上；新建超低能耗、近零能耗建筑{p['ultra']}以上，完成既有建筑节能改造面积{p['retrofit']}；装配式建筑占当年城镇新建建筑的比例不低于{p['prefab']}，新增建筑光伏装机容量{p['pv']}。"""
    text = f"""# {title}

**发布机关：** {p['issuer']}

**文号：** {p['docno']}

**发布日期：** {cn_date(p['date'])}

## 一、发展现状

“十三五”期间，{p['scope']}建筑节能标准持续提升，绿色建筑规模不断扩大，可再生能源建筑应用稳步推进。

## 二、发展目标

{goals}

## 三、重点任务

（一）提升绿色建筑发展质量。政府投资公益性建筑和大型公共建筑全面执行二星级及以上绿色建筑标准。

（二）提高新建建筑节能水平。严格执行《建筑节能与可再生能源利用通用规范》。

（三）推进既有建筑节能绿色改造。结合城镇老旧小区改造同步实施建筑节能改造。

（四）推动可再生能源建筑应用。推进新建厂房、公共建筑屋顶光伏建设。

## 四、保障措施

完善财政、金融支持政策，对星级绿色建筑项目给予容积率奖励。
"""
    emit("zh", f"hq-zh-{p['key']}-green-building-14fyp", title, p["issuer"], p["docno"], p["date"], p["region"], p["level"], ["buildings", "energy"], text)

GB_EN = [
 dict(key="tianjin", region="Tianjin", name="Tianjin", scope="the municipality", level="provincial", issuer="Tianjin Municipal Commission of Housing and Urban-Rural Development", docno="Jin Zhu Jian Ke [2022] No. 15", date="2022-05-11",
      star="35%", ultra="600,000 square metres", retrofit="3 million square metres", prefab="42%", pv="120 MW", style="list"),
 dict(key="wuhan", region="Wuhan", name="Wuhan", scope="the city", level="municipal", issuer="Wuhan Municipal Bureau of Urban and Rural Development", docno="Wu Cheng Jian Gui [2022] No. 6", date="2022-07-04",
      star="40%", ultra="400,000 square metres", retrofit="2 million square metres", prefab="35%", pv="100 MW", style="sentence"),
 dict(key="qingdao", region="Qingdao", name="Qingdao", scope="the city", level="municipal", issuer="Qingdao Municipal Bureau of Housing and Urban-Rural Development", docno="Qing Zhu Jian [2022] No. 33", date="2022-09-21",
      star="50%", ultra="1 million square metres", retrofit="2.5 million square metres", prefab="45%", pv="150 MW", style="list"),
]
for p in GB_EN:
    title = f"{p['name']} 14th Five-Year Plan for Building Energy Efficiency and Green Buildings"
    if p["style"] == "list":
        goals = f"""By 2025, {p['name']} will:

(1) apply green building standards to all new urban buildings, with star-rated green buildings accounting for more than {p['star']};
(2) build more than {p['ultra']} of ultra-low and near-zero energy buildings;
(3) complete energy-saving retrofits of {p['retrofit']} of existing buildings;
(4) raise the share of prefabricated buildings in new urban construction to no less than {p['prefab']};
(5) add {p['pv']} of building-integrated photovoltaic capacity."""
    else:
        goals = f"""By 2025, all new urban buildings in {p['scope']} shall meet green building standards, and star-rated green buildings shall account for more than {p['star']}; more than {p['ultra']} of ultra-low and near-zero energy buildings shall be built and {p['retrofit']} of existing buildings retrofitted; prefabricated buildings shall account for no less than {p['prefab']} of new urban construction; and {p['pv']} of building photovoltaic capacity shall be added."""
    text = f"""# {title}

**Issued by:** {p['issuer']}

**Document No.:** {p['docno']}

**Date:** {en_date(p['date'])}

## I. Current Situation

During the 13th Five-Year Plan period, building energy standards in {p['scope']} were raised, green buildings expanded and renewable energy in buildings was steadily applied.

## II. Objectives

{goals}

## III. Key Tasks

1. Improve the quality of green buildings: public welfare buildings funded by government investment and large public buildings shall meet two-star or higher green building standards.

2. Raise the energy efficiency of new buildings by strictly applying the General Code for Energy Efficiency and Renewable Energy Application in Buildings.

3. Retrofit existing buildings together with the renovation of old urban residential compounds.

4. Apply renewable energy in buildings, including rooftop photovoltaics on new factories and public buildings.

## IV. Safeguards

Fiscal and financial support shall be improved, and floor-area-ratio incentives granted to star-rated green building projects.
"""
    emit("en", f"hq-en-{p['key']}-green-building-14fyp", title, p["issuer"], p["docno"], p["date"], p["region"], p["level"], ["buildings", "energy"], text)

# ---------------- F. methane control plans ----------------
ME_ZH = [
 dict(key="liaoning", region="Liaoning", zh="辽宁省", scope="全省", level="provincial", issuer="辽宁省生态环境厅", docno="辽环发〔2024〕9号", date="2024-03-19",
      cmm="3.2亿立方米", manure="82%", manure30="86%", msw="65%", conc="8%", style="list"),
 dict(key="jilin", region="Jilin", zh="吉林省", scope="全省", level="provincial", issuer="吉林省生态环境厅", docno="吉环发〔2024〕14号", date="2024-04-25",
      cmm="1.1亿立方米", manure="85%", manure30="88%", msw="62%", conc="8%", style="sentence"),
 dict(key="gansu", region="Gansu", zh="甘肃省", scope="全省", level="provincial", issuer="甘肃省生态环境厅", docno="甘环气候发〔2024〕5号", date="2024-05-30",
      cmm="2.4亿立方米", manure="78%", manure30="83%", msw="55%", conc="8%", style="list"),
]
for p in ME_ZH:
    title = f"{p['zh']}甲烷排放控制实施方案"
    if p["style"] == "list":
        goals = f"""到2025年，{p['scope']}：

1. 煤矿瓦斯年利用量达到{p['cmm']}；
2. 畜禽粪污综合利用率达到{p['manure']}以上；
3. 城市生活垃圾资源化利用率达到{p['msw']}左右。

到2030年，畜禽粪污综合利用率达到{p['manure30']}以上。"""
    else:
        goals = f"""到2025年，{p['scope']}煤矿瓦斯年利用量达到{p['cmm']}，畜禽粪污综合利用率达到{p['manure']}以上，城市生活垃圾资源化利用率达到{p['msw']}左右；到2030年，畜禽粪污综合利用率达到{p['manure30']}以上。"""
    text = f"""# {title}

**发布机关：** {p['issuer']}等部门

**文号：** {p['docno']}

**发布日期：** {cn_date(p['date'])}

为贯彻落实《甲烷排放控制行动方案》，有效控制{p['scope']}甲烷排放，制定本方案。

## 一、主要目标

{goals}

## 二、重点任务

（一）能源领域甲烷排放控制。甲烷体积浓度{p['conc']}及以上的煤矿瓦斯禁止直接排放，推进低浓度瓦斯和风排瓦斯利用。

（二）农业领域甲烷排放控制。推广稻田节水灌溉，提升畜禽粪污资源化利用水平。

（三）垃圾和污水处理领域甲烷排放控制。加强生活垃圾填埋场填埋气收集利用。

## 三、保障措施

建立甲烷排放统计核算和监测体系，将甲烷排放控制纳入生态环境保护督察。
"""
    emit("zh", f"hq-zh-{p['key']}-methane-control-plan", title, p["issuer"], p["docno"], p["date"], p["region"], p["level"], ["methane", "energy", "agriculture", "waste"], text)

json.dump([e for l, e in docs], open(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".generated.json"), "w"), ensure_ascii=False, indent=2)
print(len(docs))
