import json, os
Q = []
def q(cat, lang, question, docs, must, alt=None, answerable=True):
    d = {"id": f"hq-{len(Q)+1:03d}", "question": question, "lang": lang, "expected_doc_ids": docs, "must_include": must, "category": cat, "answerable": answerable}
    if alt: d["alt_must_include"] = alt
    Q.append(d)
ACT = ["hq-en-national-energy-carbon-action-2024-2025", "hq-zh-national-energy-carbon-action-2024-2025"]
ZACT = ["hq-zh-national-energy-carbon-action-2024-2025", "hq-en-national-energy-carbon-action-2024-2025"]
TRADE = ["hq-zh-national-trade-in-2025"]
# national_default
c = "national_default"
q(c, "en", "What share of non-fossil energy in total energy consumption is targeted for 2025?", ACT, ["20%"])
q(c, "zh", "2030年非化石能源消费比重要提高到多少？", ["hq-zh-national-green-transition-opinions-2024"], ["25%"])
q(c, "zh", "2025年报废旧车并购买新能源乘用车的，补贴多少钱？", TRADE, ["2万元"])
q(c, "zh", "家电以旧换新每件补贴最高不超过多少元？", TRADE, ["2000元"])
q(c, "en", "What is the target for installed pumped storage capacity by the end of 2025?", ACT, ["62 GW"], [["6200万千瓦"]])
q(c, "en", "By how much should energy consumption per unit of GDP fall in 2024?", ACT, ["2.5%"])
q(c, "zh", "2025年畜禽粪污综合利用率要达到多少？", ["hq-zh-national-agri-emission-reduction-2022", "hq-en-national-methane-action-plan-2023"], ["80%"])
q(c, "en", "By how much should carbon dioxide emissions per unit of GDP fall by 2025 compared with 2020?", ["hq-en-national-sci-tech-support-carbon-2022"], ["18%"])
q(c, "zh", "到2025年底，非化石能源发电量占比要达到多少？", ZACT, ["39%"])
q(c, "en", "What comprehensive utilisation rate of livestock and poultry manure is targeted for 2030?", ["hq-en-national-methane-action-plan-2023", "hq-zh-national-agri-emission-reduction-2022"], ["85%"])
q(c, "en", "By how much should the floor area of new ultra-low and near-zero energy buildings grow by the end of 2025 compared with 2023?", ACT, ["20 million"], [["0.2亿平方米"]])
q(c, "zh", "购买手机等数码产品，每件补贴不超过多少元？", TRADE, ["500元"])
# named_document
c = "named_document"
q(c, "en", "Under the Opinions on Accelerating the Comprehensive Green Transition of Economic and Social Development, how large should the energy conservation and environmental protection industry be by 2030?", ["hq-zh-national-green-transition-opinions-2024"], ["15万亿"])
q(c, "en", "How many product carbon footprint accounting rules and standards should be formulated by 2027 under Guo Ban Fa [2024] No. 39?", ["hq-zh-national-carbon-dual-control-system-2024"], ["100个"])
q(c, "zh", "《加快构建碳排放双控制度体系工作方案》中，年二氧化碳排放量多少吨及以上的单位属于重点碳排放单位？", ["hq-zh-national-carbon-dual-control-system-2024"], ["2.6万吨"])
q(c, "zh", "国发〔2024〕12号提出，到2025年底电炉短流程炼钢产量占粗钢总产量比例力争提升至多少？", ZACT, ["15%"])
q(c, "en", "According to the NEA notice on promoting the grid connection and dispatch of new-type energy storage, what minimum power must a storage station have to be brought under power system dispatch?", ["hq-zh-national-new-storage-grid-dispatch-2024"], ["5兆瓦"])
q(c, "zh", "国能发科技规〔2024〕26号要求调用新型储能电站的年等效充放电次数原则上不低于多少次？", ["hq-zh-national-new-storage-grid-dispatch-2024"], ["300次"])
q(c, "en", "Under the Electricity Demand-Side Management Measures (2023 edition), what share of the previous year's electricity sales must grid companies save each year?", ["hq-zh-national-demand-side-management-2023"], ["0.3%"])
q(c, "zh", "发改运行规〔2023〕1283号规定，有序用电方案中可调度负荷原则上不低于本地区历史最高负荷的多少？", ["hq-zh-national-demand-side-management-2023"], ["30%"])
q(c, "en", "In the Implementation Plan for Carbon Peaking in the Transport Sector, by how much should the carbon intensity of operating vehicles per converted turnover fall by 2030 compared with 2020?", ["hq-zh-national-transport-carbon-peak-2022"], ["9.5%"])
q(c, "zh", "《农业农村减排固碳实施方案》提出，到2025年三大粮食作物化肥利用率达到多少？", ["hq-zh-national-agri-emission-reduction-2022"], ["43%"])
q(c, "en", "According to Guo Ke Fa She [2022] No. 157, by how much should the energy consumption of carbon capture be reduced by 2025?", ["hq-en-national-sci-tech-support-carbon-2022"], ["30%"])
q(c, "zh", "《绿色低碳转型产业指导目录（2024年版）》共有多少个三级分类？", ["hq-en-national-green-industry-catalogue-2024"], ["243"])
q(c, "en", "In the NDRC and NEA opinions on institutional mechanisms for the green and low-carbon energy transition, what share of total electricity consumption should be traded on the market by 2025?", ["hq-en-national-energy-transition-mechanisms-2022"], ["70%"])
q(c, "en", "What average energy saving rate does GB 55015-2021 require of new public buildings?", ["hq-en-national-building-energy-code-2021"], ["72%"])
q(c, "zh", "《甲烷排放控制行动方案》要求2025年全国煤矿瓦斯年利用量达到多少？", ["hq-en-national-methane-action-plan-2023"], ["6 billion"])
q(c, "zh", "发改环资〔2025〕13号文件中，提前报废国四及以下排放标准营运类柴油货车的，平均每辆车最高补贴多少？", TRADE, ["14万元"])
# single_fact
c = "single_fact"
q(c, "en", "How much does Chongqing pay when a car is replaced with a new energy passenger vehicle priced at 200,000 yuan or more?", ["hq-en-chongqing-trade-in-2025"], ["18,000"])
q(c, "zh", "湖南省置换购买价格20万元以下的新能源乘用车，每辆补贴多少？", ["hq-zh-hunan-trade-in-2025"], ["10000元"])
q(c, "zh", "广西县域及农村消费者购买家电，每件额外补贴多少钱？", ["hq-zh-guangxi-trade-in-2025"], ["400元"])
q(c, "en", "What forest coverage does Jilin Province target for 2025?", ["hq-en-jilin-carbon-peak-plan"], ["45.2%"])
q(c, "zh", "云南省碳达峰实施方案提出2025年风电、太阳能发电总装机容量达到多少？", ["hq-zh-yunnan-carbon-peak-plan"], ["5000万千瓦"])
q(c, "en", "How much offshore wind capacity does Guangxi plan to have by 2025?", ["hq-en-guangxi-renewable-energy-14fyp"], ["7.5 GW"])
q(c, "zh", "辽宁省“十四五”可再生能源规划中，海上风电装机目标是多少？", ["hq-zh-liaoning-renewable-energy-14fyp"], ["375万千瓦"])
q(c, "en", "For how many full charge-discharge cycles a year must independent storage stations in Hubei be dispatched?", ["hq-en-hubei-new-energy-storage-plan"], ["320"])
q(c, "zh", "江西省新建新能源项目配置储能的连续储能时长要求是多少？", ["hq-zh-jiangxi-new-energy-storage-plan"], ["1小时"])
q(c, "en", "How many square metres of existing buildings will Qingdao retrofit for energy efficiency by 2025?", ["hq-en-qingdao-green-building-14fyp"], ["2.5 million"])
q(c, "zh", "厦门市“十四五”星级绿色建筑占比目标是多少？", ["hq-zh-xiamen-green-building-14fyp"], ["45%"])
q(c, "zh", "吉林省2025年煤矿瓦斯年利用量目标是多少？", ["hq-zh-jilin-methane-control-plan"], ["1.1亿立方米"])
q(c, "en", "How many household appliances does Xiamen aim to sell through trade-ins in 2025?", ["hq-en-xiamen-trade-in-2025"], ["280,000"])
q(c, "zh", "天津市2025年非化石能源消费比重目标是多少？", ["hq-zh-tianjin-carbon-peak-plan"], ["11.7%"])
q(c, "en", "What share of new urban construction should be prefabricated buildings in Wuhan by 2025?", ["hq-en-wuhan-green-building-14fyp"], ["35%"])
# cross_lingual
c = "cross_lingual"
q(c, "en", "What new-type energy storage capacity does Ningxia aim for by 2027?", ["hq-zh-ningxia-new-energy-storage-plan"], ["800"])
q(c, "en", "What share of total electricity consumption should renewable electricity reach in Fujian by 2025?", ["hq-zh-fujian-renewable-energy-14fyp"], ["25%"])
q(c, "en", "How much is Wuhan's replacement subsidy for a fuel passenger car priced below 150,000 yuan?", ["hq-zh-wuhan-trade-in-2025"], ["9000"])
q(c, "en", "By how much should carbon dioxide emissions per unit of regional GDP fall in Yunnan by 2025 compared with 2020?", ["hq-zh-yunnan-carbon-peak-plan"], ["16.5%"])
q(c, "en", "What is Liaoning's 2025 target for the comprehensive utilisation rate of livestock and poultry manure?", ["hq-zh-liaoning-methane-control-plan"], ["82%"])
q(c, "zh", "甘肃省碳达峰方案中，2025年风电和太阳能发电总装机目标是多少？", ["hq-en-gansu-carbon-peak-plan"], ["56 GW"])
q(c, "zh", "新疆2030年非化石能源消费比重目标是多少？", ["hq-en-xinjiang-carbon-peak-plan"], ["25%"])
q(c, "zh", "天津市“十四五”期间计划建设多少超低能耗、近零能耗建筑？", ["hq-en-tianjin-green-building-14fyp"], ["600,000"])
q(c, "zh", "云南省2025年新型储能装机目标是多少？", ["hq-en-yunnan-new-energy-storage-plan"], ["2 GW"])
q(c, "zh", "成都市“十四五”可再生能源电力占全社会用电量的比重目标是多少？", ["hq-en-chengdu-renewable-energy-14fyp"], ["85%"])
# which_region
c = "which_region"
q(c, "en", "Which province's carbon peaking plan targets forest coverage of 45.2% by 2025?", ["hq-en-jilin-carbon-peak-plan"], ["Jilin"])
q(c, "zh", "哪个省份提出2025年非化石能源消费比重达到46%左右？", ["hq-zh-yunnan-carbon-peak-plan"], ["云南"])
q(c, "en", "Which city plans to add 150 MW of building photovoltaic capacity by 2025?", ["hq-en-qingdao-green-building-14fyp"], ["Qingdao"])
q(c, "zh", "哪个城市对县域及农村消费者购买家电每件额外补贴500元？", ["hq-zh-wuhan-trade-in-2025"], ["武汉"])
q(c, "en", "Which provinces require new renewable energy projects to be paired with storage lasting at least 2 hours?", ["hq-en-hubei-new-energy-storage-plan", "hq-en-yunnan-new-energy-storage-plan", "hq-zh-ningxia-new-energy-storage-plan"], ["Hubei", "Yunnan", "Ningxia"])
q(c, "zh", "哪些省份要求新建新能源项目按装机容量的10%配置储能？", ["hq-zh-ningxia-new-energy-storage-plan", "hq-zh-jiangxi-new-energy-storage-plan", "hq-en-yunnan-new-energy-storage-plan"], ["宁夏", "江西"])
q(c, "en", "Which regions set the price threshold for car replacement subsidies at 200,000 yuan in their 2025 trade-in plans?", ["hq-en-chongqing-trade-in-2025", "hq-zh-hunan-trade-in-2025"], ["Chongqing", "Hunan"])
q(c, "zh", "哪个省的可再生能源规划提出非水电可再生能源电力消纳责任权重不低于30%？", ["hq-zh-gansu-renewable-energy-14fyp"], ["甘肃"])
q(c, "zh", "哪个城市的绿色建筑规划要求装配式建筑占新建建筑比例不低于40%？", ["hq-zh-xiamen-green-building-14fyp"], ["厦门"])
# comparison
c = "comparison"
q(c, "en", "Compare the 2025 non-fossil energy consumption share targets of Gansu and Jilin.", ["hq-en-gansu-carbon-peak-plan", "hq-en-jilin-carbon-peak-plan"], ["30%", "17.7%"])
q(c, "zh", "湖南省和天津市2025年单位地区生产总值能源消耗下降目标分别是多少？", ["hq-zh-hunan-carbon-peak-plan", "hq-zh-tianjin-carbon-peak-plan"], ["14%", "14.5%"])
q(c, "en", "How do Hubei and Yunnan compare in their 2025 targets for new-type energy storage capacity?", ["hq-en-hubei-new-energy-storage-plan", "hq-en-yunnan-new-energy-storage-plan"], ["3 GW", "2 GW"])
q(c, "zh", "福建省和辽宁省“十四五”可再生能源发电装机目标分别是多少？", ["hq-zh-fujian-renewable-energy-14fyp", "hq-zh-liaoning-renewable-energy-14fyp"], ["4400万千瓦", "3700万千瓦"])
q(c, "en", "Which pays more for replacing a car with a new energy vehicle priced below 150,000 yuan, Jiangxi or Xiamen?", ["hq-en-jiangxi-trade-in-2025", "hq-en-xiamen-trade-in-2025"], ["9,000", "10,000", "Xiamen"])
q(c, "zh", "吉林省和甘肃省甲烷排放控制方案中，2025年畜禽粪污综合利用率目标有何不同？", ["hq-zh-jilin-methane-control-plan", "hq-zh-gansu-methane-control-plan"], ["85%", "78%"])
# unit_or_comparative
c = "unit_or_comparative"
q(c, "en", "How many GW of wind and solar capacity does Ningxia's carbon peaking plan target for 2025?", ["hq-zh-ningxia-carbon-peak-plan"], ["5000"])
q(c, "zh", "湖北省2025年新型储能装机目标是多少万千瓦？", ["hq-en-hubei-new-energy-storage-plan"], ["3 GW"])
q(c, "en", "What is the minimum number of household appliances Hunan expects to sell through trade-ins in 2025?", ["hq-zh-hunan-trade-in-2025"], ["135万"])
q(c, "zh", "重庆市“十四五”星级绿色建筑占比能否达到30%？", ["hq-zh-chongqing-green-building-14fyp"], ["30%"])
q(c, "en", "Will Gansu's forest coverage reach at least 12.5% by 2030?", ["hq-en-gansu-carbon-peak-plan"], ["12.5%"])
q(c, "zh", "新疆到2025年风电、太阳能发电总装机要达到多少万千瓦？", ["hq-en-xinjiang-carbon-peak-plan"], ["100 GW"])
q(c, "en", "How many gigawatts of renewable power capacity does Fujian plan to have by 2025?", ["hq-zh-fujian-renewable-energy-14fyp"], ["4400"])
q(c, "zh", "江西省2025年新型储能装机至少要达到多少吉瓦？", ["hq-zh-jiangxi-new-energy-storage-plan"], ["100万千瓦"])
# paraphrase
c = "paraphrase"
q(c, "en", "How much generating capacity from turbines at sea is Fujian planning to have by 2025?", ["hq-zh-fujian-renewable-energy-14fyp"], ["500万千瓦"])
q(c, "zh", "天津市每单位经济产出的二氧化碳排放到2025年要比2020年减少多少？", ["hq-zh-tianjin-carbon-peak-plan"], ["19.5%"])
q(c, "en", "What extra amount do countryside shoppers in Jiangxi get when they swap an old fridge for a new one?", ["hq-en-jiangxi-trade-in-2025"], ["300"])
q(c, "zh", "武汉市给老房子做节能改造的目标面积是多少？", ["hq-en-wuhan-green-building-14fyp"], ["2 million"])
q(c, "en", "How much of the gas drained from coal seams should Gansu put to use each year by 2025?", ["hq-zh-gansu-methane-control-plan"], ["2.4亿"])
q(c, "zh", "用电高峰时让用户少用电的能力，到2025年各省应达到最大负荷的多少？", ["hq-zh-national-demand-side-management-2023", "hq-zh-national-energy-carbon-action-2024-2025"], ["3%", "5%"])
# unanswerable
c = "unanswerable"
for lang, text in [
    ("en", "How many hydrogen refuelling stations does Hubei plan to build by 2025?"),
    ("zh", "宁夏回族自治区2025年氢燃料电池汽车推广目标是多少辆？"),
    ("en", "What is the floor price for carbon allowances in the national carbon market in 2025?"),
    ("zh", "厦门市对以旧换新购买电动自行车的每辆补贴标准是多少？"),
    ("en", "How much offshore wind capacity does Chengdu plan to install by 2025?"),
    ("zh", "青海省碳达峰实施方案中2025年非化石能源消费比重目标是多少？"),
    ("en", "How much does Shanghai pay for scrapping an old car and buying a new energy vehicle in 2025?"),
    ("zh", "国家对新建大型数据中心的电能利用效率（PUE）要求是多少？"),
    ("en", "What share of crude steel output should come from electric arc furnaces by 2035?"),
    ("zh", "湖南省2025年新型储能装机目标是多少？"),
]:
    q(c, lang, text, [], [], answerable=False)
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "questions.jsonl"), "w", encoding="utf-8") as f:
    for d in Q: f.write(json.dumps(d, ensure_ascii=False) + "\n")
from collections import Counter
print(len(Q), Counter(d["category"] for d in Q), Counter(d["lang"] for d in Q))
