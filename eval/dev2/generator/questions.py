"""Questions of eval/dev2 (hand-written; this file only serialises them). Run: python3 questions.py"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
P = "dev2-"
Q = []
def q(cat, lang, text, docs, must, alt=None, history=None):
    r = {"id": "d2-%03d" % (len(Q) + 1), "question": text, "lang": lang,
         "expected_doc_ids": [P + d for d in docs], "must_include": must, "category": cat,
         "answerable": cat != "unanswerable"}
    if alt: r["alt_must_include"] = alt
    if history:
        r["history"] = [{"role": "user", "content": history[0]}, {"role": "assistant", "content": history[1]}]
    Q.append(r)
H2N = ["en-national-hydrogen-2021-2035", "zh-national-hydrogen-2021-2035"]
TRN = ["en-national-green-transport-14fyp", "zh-national-green-transport-14fyp"]
# national_default
c = "national_default"
q(c, "en", "How many fuel cell vehicles should be on the road by 2025?", H2N, ["50,000"], [["5万"]])
q(c, "en", "How many square metres of ultra-low and near-zero energy buildings should China build by 2025?", ["zh-national-building-energy-14fyp"], ["0.5亿"])
q(c, "en", "By how much should energy consumption per unit of industrial value added fall by 2025?", ["en-national-industrial-energy-efficiency"], ["13.5%"])
q(c, "en", "What is the target for new solar PV capacity on buildings by 2025?", ["zh-national-building-energy-14fyp"], ["0.5亿千瓦"])
q(c, "en", "How much hydrogen should be produced from renewable energy each year by 2025?", H2N, ["100,000"], [["10-20"]])
q(c, "en", "What average coal consumption for power supply should thermal power reach by 2025?", ["zh-national-coal-power-retrofit"], ["300"])
q(c, "en", "What share of urban buses should be new energy vehicles by 2025?", TRN, ["72%"])
q(c, "zh", "到2025年可再生能源制氢量要达到多少？", H2N, ["10-20"], [["100,000"]])
q(c, "zh", "到2025年，新型储能装机规模目标是多少？", ["en-national-new-energy-storage"], ["30 GW"])
q(c, "zh", "规模以上工业单位增加值能耗到2025年要下降多少？", ["en-national-industrial-energy-efficiency"], ["13.5%"])
q(c, "zh", "到2025年，既有建筑节能改造面积目标是多少？", ["zh-national-building-energy-14fyp"], ["3.5亿平方米"])
q(c, "zh", "到2025年城镇建筑可再生能源替代率要达到多少？", ["zh-national-building-energy-14fyp"], ["8%"])
q(c, "zh", "到2025年，森林覆盖率要达到多少？", ["zh-national-land-greening-2022-2030"], ["24.1%"])
# named_document
c = "named_document"
q(c, "en", "Under the national implementation plan for retrofitting and upgrading coal power units, how much heating retrofit capacity should be achieved?", ["zh-national-coal-power-retrofit"], ["5000"])
q(c, "en", "What share of verified emissions can be offset with CCER under the 2021–2022 national allowance allocation plan for the power sector?", ["en-national-carbon-market-allocation-2021-2022"], ["5%"])
q(c, "en", "Within how many months must institutions implement the CBIRC Green Finance Guidelines for the banking and insurance sectors?", ["en-national-green-finance-guidelines"], ["12 months"])
q(c, "en", "What does the Circular Economy Development Plan for the 14th Five-Year Plan Period set as the 2025 target for scrap steel utilisation?", ["en-national-circular-economy-14fyp"], ["320 million"])
q(c, "en", "In the Special Action Plan for Green and Low-Carbon Development of Data Centres, what is the minimum overall rack utilisation rate by the end of 2025?", ["zh-national-data-centre-2024"], ["60%"])
q(c, "en", "What does the Ningxia hydrogen industry development plan target for electrolyser capacity by 2025?", ["en-ningxia-hydrogen-2023-2025"], ["1.2 GW"])
q(c, "en", "How many entities does it cover?", ["en-national-carbon-market-allocation-2021-2022"], ["2,257"],
  history=("What is Guo Huan Gui Qi Hou [2023] No. 1 about?", "It is the Ministry of Ecology and Environment's plan for setting and allocating national carbon emission allowances for 2021 and 2022 in the power generation sector."))
q(c, "zh", "《氢能产业发展中长期规划（2021-2035年）》提出到2025年实现二氧化碳减排多少？", H2N, ["100-200"], [["1–2 million"]])
q(c, "zh", "根据建标〔2022〕24号，到2025年建筑能耗中电力消费比例要达到多少？", ["zh-national-building-energy-14fyp"], ["55%"])
q(c, "zh", "《工业能效提升行动计划》对高效节能电机在新增电机销售中的占比目标是多少？", ["en-national-industrial-energy-efficiency"], ["70%"])
q(c, "zh", "按照《关于加快推动新型储能发展的指导意见》，到2025年新型储能系统成本要比2020年降低多少？", ["en-national-new-energy-storage"], ["30%"])
q(c, "zh", "发改环资〔2024〕970号要求全国数据中心平均电能利用效率降到多少？", ["zh-national-data-centre-2024"], ["1.5"])
q(c, "zh", "《辽宁省工业领域碳达峰实施方案》提出到2030年单位工业增加值二氧化碳排放下降多少？", ["zh-liaoning-industry-carbon-peak"], ["25%"])
q(c, "zh", "里面对报废旧车并购买新能源乘用车的补贴是多少？", ["zh-fujian-equipment-renewal-2024"], ["20000"],
  history=("闽政〔2024〕9号是什么文件？", "这是福建省人民政府印发的《福建省推动大规模设备更新和消费品以旧换新实施方案》。"))
# single_fact
c = "single_fact"
q(c, "en", "How many public charging points will Suzhou have by 2025?", ["en-suzhou-charging-2023-2025"], ["60,000"])
q(c, "en", "What total charging capacity is Fujian aiming for by 2025?", ["en-fujian-charging-2023-2025"], ["4.5"])
q(c, "en", "How many green factories at provincial level or above should Yunnan have by 2025?", ["en-yunnan-industry-carbon-peak"], ["150"])
q(c, "en", "How many square metres of existing buildings will Jilin retrofit for energy efficiency by 2025?", ["en-jilin-building-energy-14fyp"], ["15 million"])
q(c, "en", "How many fuel cell vehicles does Chengdu target for 2025?", ["en-chengdu-hydrogen-2023-2025"], ["3,000"])
q(c, "en", "How many household appliances will Hainan trade in during 2024 and 2025?", ["en-hainan-equipment-renewal-2024"], ["400,000"])
q(c, "en", "What subsidy does Shaanxi give for scrapping an old car and buying a fuel passenger car?", ["en-shaanxi-equipment-renewal-2024"], ["15,000"])
q(c, "en", "How many battery swapping stations will Suzhou build by 2025?", ["en-suzhou-charging-2023-2025"], ["100"])
q(c, "zh", "四川省到2025年计划建成多少座加氢站？", ["zh-sichuan-hydrogen-2023-2025"], ["80"])
q(c, "zh", "武汉市到2025年公共充电桩要达到多少？", ["zh-wuhan-charging-2023-2025"], ["10万"])
q(c, "zh", "青海省工业领域碳达峰方案中，一般工业固体废物综合利用率目标是多少？", ["zh-qinghai-industry-carbon-peak"], ["60%"])
q(c, "zh", "青岛市“十四五”期间计划新增建筑光伏装机多少？", ["zh-qingdao-building-energy-14fyp"], ["35"])
q(c, "zh", "新疆“十四五”既有建筑节能改造面积目标是多少？", ["zh-xinjiang-building-energy-14fyp"], ["3000"])
q(c, "zh", "成都市2024—2025年推动汽车更新多少辆？", ["zh-chengdu-equipment-renewal-2024"], ["10万"])
q(c, "zh", "内蒙古自治区统筹安排了多少以旧换新资金？", ["zh-inner-mongolia-equipment-renewal-2024"], ["12亿"])
q(c, "zh", "到2030年呢？", ["zh-chongqing-charging-2023-2025"], ["120万"],
  history=("重庆市到2025年要建成多少充电桩？", "重庆市计划到2025年累计建成充电桩60万个以上，其中公共充电桩12万个。"))
# cross_lingual
c = "cross_lingual"
q(c, "en", "What is Inner Mongolia's hydrogen industry output value target for 2030?", ["zh-inner-mongolia-hydrogen-2023-2025"], ["3000"])
q(c, "en", "How many battery swapping stations does Chongqing plan to build by 2025?", ["zh-chongqing-charging-2023-2025"], ["200"])
q(c, "en", "What share of townships in Shaanxi should have charging facilities by 2025?", ["zh-shaanxi-charging-2023-2025"], ["90%"])
q(c, "en", "By how much should Liaoning cut CO2 emissions per unit of industrial value added by 2025?", ["zh-liaoning-industry-carbon-peak"], ["18%"])
q(c, "en", "What is the prefabricated building share target in Hainan's building energy efficiency plan?", ["zh-hainan-building-energy-14fyp"], ["80%"])
q(c, "zh", "宁夏到2025年计划推广多少辆燃料电池汽车？", ["en-ningxia-hydrogen-2023-2025"], ["500"])
q(c, "zh", "苏州市电动汽车与充电桩的比例要控制在多少以下？", ["en-suzhou-charging-2023-2025"], ["1.8:1"])
q(c, "zh", "武汉市公共建筑单位面积能耗要比2020年下降多少？", ["en-wuhan-building-energy-14fyp"], ["10%"])
q(c, "zh", "全国碳排放权交易配额分配方案中，燃气机组2021年的碳排放基准值是多少？", ["en-national-carbon-market-allocation-2021-2022"], ["0.3920"])
q(c, "zh", "云南省要求到2025年绿电占工业用电量的比重达到多少？", ["en-yunnan-industry-carbon-peak"], ["50%"])
# which_region
c = "which_region"
q(c, "en", "Which region plans to install 1.2 GW of electrolysers powered by wind and solar by 2025?", ["en-ningxia-hydrogen-2023-2025"], ["Ningxia"])
q(c, "en", "Which region's hydrogen plan aims for an industry output value of 300 billion yuan by 2030?", ["zh-inner-mongolia-hydrogen-2023-2025"], ["Inner Mongolia"])
q(c, "en", "Which city wants to keep the ratio of electric vehicles to charging points below 1.8:1?", ["en-suzhou-charging-2023-2025"], ["Suzhou"])
q(c, "en", "Which province's industrial carbon peaking plan targets a 57% utilisation rate for general industrial solid waste?", ["zh-liaoning-industry-carbon-peak"], ["Liaoning"])
q(c, "en", "Which province gives 10,000 yuan to people who scrap an old car and buy a new energy passenger car?", ["en-hainan-equipment-renewal-2024"], ["Hainan"])
q(c, "zh", "哪个城市计划到2025年建成换电站150座左右？", ["zh-wuhan-charging-2023-2025"], ["武汉"], [["Wuhan"]])
q(c, "zh", "哪个省份要求装配式建筑占新建建筑面积比例达到80%？", ["zh-hainan-building-energy-14fyp"], ["海南"], [["Hainan"]])
q(c, "zh", "哪个地区提出报废汽车回收量较2023年翻一番？", ["zh-inner-mongolia-equipment-renewal-2024"], ["内蒙古"], [["Inner Mongolia"]])
q(c, "zh", "哪个省的氢能规划提出到2035年氢能产业总产值力争达到1000亿元？", ["zh-jilin-hydrogen-2023-2025"], ["吉林"], [["Jilin"]])
q(c, "zh", "哪个城市要求创建省级以上绿色工厂400家以上？", ["zh-suzhou-industry-carbon-peak"], ["苏州"], [["Suzhou"]])
# comparison
c = "comparison"
q(c, "en", "Compare the 2025 hydrogen refuelling station targets of Inner Mongolia and Ningxia.", ["zh-inner-mongolia-hydrogen-2023-2025", "en-ningxia-hydrogen-2023-2025"], ["60", "10"])
q(c, "en", "How do Suzhou's and Fujian's 2025 targets for public charging points compare?", ["en-suzhou-charging-2023-2025", "en-fujian-charging-2023-2025"], ["60,000", "150,000"])
q(c, "en", "Compare the cuts in energy consumption per unit of industrial value added that Yunnan and Chongqing target for 2025.", ["en-yunnan-industry-carbon-peak", "en-chongqing-industry-carbon-peak"], ["13%", "14%"])
q(c, "en", "Which plans more energy-efficiency retrofits of existing buildings by 2025, Jilin or Wuhan?", ["en-jilin-building-energy-14fyp", "en-wuhan-building-energy-14fyp"], ["15 million", "8 million"])
q(c, "en", "Compare the trade-in funds set aside by Shaanxi and Hainan.", ["en-shaanxi-equipment-renewal-2024", "en-hainan-equipment-renewal-2024"], ["1.8 billion", "0.5 billion"])
q(c, "zh", "四川和吉林到2025年燃料电池汽车推广目标分别是多少？", ["zh-sichuan-hydrogen-2023-2025", "zh-jilin-hydrogen-2023-2025"], ["8000", "500"])
q(c, "zh", "重庆和陕西到2025年累计充电桩建设目标各是多少？", ["zh-chongqing-charging-2023-2025", "zh-shaanxi-charging-2023-2025"], ["60万", "35万"])
q(c, "zh", "辽宁和宁夏到2025年单位工业增加值二氧化碳排放分别下降多少？", ["zh-liaoning-industry-carbon-peak", "zh-ningxia-industry-carbon-peak"], ["18%", "15%"])
q(c, "zh", "海南和青岛的超低能耗建筑建设目标分别是多少？", ["zh-hainan-building-energy-14fyp", "zh-qingdao-building-energy-14fyp"], ["30万", "120万"])
q(c, "zh", "福建和成都的汽车报废更新目标相比如何？", ["zh-fujian-equipment-renewal-2024", "zh-chengdu-equipment-renewal-2024"], ["12万", "10万"])
# unit_or_comparative
c = "unit_or_comparative"
q(c, "en", "How many GW of solar PV on buildings should Hainan add by 2025?", ["zh-hainan-building-energy-14fyp"], ["50万千瓦"])
q(c, "en", "Is Inner Mongolia's renewable hydrogen production capacity target for 2025 above 0.4 million tonnes a year?", ["zh-inner-mongolia-hydrogen-2023-2025"], ["50万吨"])
q(c, "en", "What is the minimum number of charging points Fujian wants by 2025?", ["en-fujian-charging-2023-2025"], ["400,000"])
q(c, "en", "What is the maximum coal consumption for power supply allowed for new coal-fired units, in grams of standard coal per kWh?", ["zh-national-coal-power-retrofit"], ["270"])
q(c, "en", "At least how many GW of coal power must undergo energy-saving and carbon-reduction retrofits in the 14th Five-Year Plan period?", ["zh-national-coal-power-retrofit"], ["3.5亿千瓦"])
q(c, "zh", "宁夏到2025年可再生能源制氢能力是多少万吨？", ["en-ningxia-hydrogen-2023-2025"], ["80,000"])
q(c, "zh", "苏州到2025年充电总功率是多少万千瓦？", ["en-suzhou-charging-2023-2025"], ["1.5 GW"])
q(c, "zh", "吉林省超低能耗建筑至少要建多少万平方米？", ["en-jilin-building-energy-14fyp"], ["500,000"])
q(c, "zh", "福建省家电以旧换新最少要完成多少台？", ["zh-fujian-equipment-renewal-2024"], ["150万"])
q(c, "zh", "到2025年全国新增建筑光伏装机至少多少吉瓦？", ["zh-national-building-energy-14fyp"], ["0.5亿千瓦"])
# paraphrase
c = "paraphrase"
q(c, "en", "How much cheaper should batteries and other new storage systems get by 2025?", ["en-national-new-energy-storage"], ["30%"])
q(c, "en", "How many hydrogen cars and trucks does Qingdao want on its roads by 2025?", ["zh-qingdao-hydrogen-2023-2025"], ["1000"])
q(c, "en", "Nationally, what share of city taxis should be electric or otherwise new energy by 2025?", TRN, ["35%"])
q(c, "en", "How much of Wuhan's new building floor space should be put together from factory-made parts?", ["en-wuhan-building-energy-14fyp"], ["40%"])
q(c, "en", "How much old paper should China be reusing each year by 2025?", ["en-national-circular-economy-14fyp"], ["60 million"])
q(c, "zh", "到2025年底，全国数据中心的机柜至少要用上多大比例？", ["zh-national-data-centre-2024"], ["60%"])
q(c, "zh", "全国主要港口的专业化泊位有多大比例要能给靠港船舶接岸电？", TRN, ["85%"])
q(c, "zh", "“十四五”期间全国每年要种树种草多大面积？", ["zh-national-land-greening-2022-2030"], ["1亿亩"])
q(c, "zh", "四川省搞氢能的企业要发展到多少家？", ["zh-sichuan-hydrogen-2023-2025"], ["20家"])
q(c, "zh", "国家要让多少老煤电机组改得能灵活调峰？", ["zh-national-coal-power-retrofit"], ["2亿千瓦"])
# unanswerable
c = "unanswerable"
for lang, text in [
    ("en", "What is Sichuan's hydrogen industry output value target for 2030?"),
    ("en", "How many charging points does Guangxi plan to build by 2025?"),
    ("en", "What is the national target for growth in equipment investment by 2027?"),
    ("en", "How many battery swapping stations will Fujian build by 2025?"),
    ("en", "What is Japan's hydrogen supply target for 2030?"),
    ("en", "What share of final energy consumption should renewable hydrogen reach by 2035 under the national hydrogen plan?"),
    ("en", "What green loan balance do the Green Finance Guidelines require banks to reach by 2025?"),
    ("en", "What subsidy does Hainan give for scrapping an old car and buying a fuel passenger car?"),
    ("en", "What is Chongqing's 2030 target for CO2 emissions per unit of industrial value added?"),
    ("zh", "四川省到2025年新型储能装机目标是多少？"),
    ("zh", "成都市工业领域碳达峰实施方案中绿色工厂目标是多少？"),
    ("zh", "到2030年，全国火电平均供电煤耗要降至多少？"),
    ("zh", "吉林省到2025年充电桩建设目标是多少？"),
    ("zh", "青岛市到2030年氢能产业总产值目标是多少？"),
    ("zh", "欧盟2030年可再生能源制氢目标是多少？"),
    ("zh", "陕西省工业领域碳达峰实施方案提出单位工业增加值能耗下降多少？"),
    ("zh", "到2025年全国甲烷排放要控制在多少？"),
    ("zh", "新疆维吾尔自治区到2025年要建成多少座加氢站？"),
]:
    q(c, lang, text, [], [])
with open(os.path.join(HERE, "..", "questions.jsonl"), "w", encoding="utf-8") as f:
    for r in Q:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(Q), "questions")
