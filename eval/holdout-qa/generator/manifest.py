import json, os
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "corpus")
N = lambda did, title, issuer, docno, date, sectors, url: dict(id=did, file=did + ".md", title=title, issuer=issuer, doc_number=docno, date=date, region="National", level="national", sectors=sectors, language="zh" if did.startswith("hq-zh") else "en", url=url)
national = [
 N("hq-zh-national-green-transition-opinions-2024", "中共中央 国务院关于加快经济社会发展全面绿色转型的意见", "中共中央；国务院", None, "2024-07-31", ["economy", "energy", "industry", "transport"], "https://www.gov.cn/zhengce/202408/content_6967663.htm"),
 N("hq-zh-national-energy-carbon-action-2024-2025", "2024—2025年节能降碳行动方案", "国务院", "国发〔2024〕12号", "2024-05-23", ["energy", "industry", "buildings", "transport"], "https://www.gov.cn/zhengce/content/202405/content_6954322.htm"),
 N("hq-zh-national-carbon-dual-control-system-2024", "加快构建碳排放双控制度体系工作方案", "国务院办公厅", "国办发〔2024〕39号", "2024-07-30", ["carbon-accounting", "governance"], "https://www.gov.cn/zhengce/content/202408/content_6966079.htm"),
 N("hq-zh-national-new-storage-grid-dispatch-2024", "国家能源局关于促进新型储能并网和调度运用的通知", "国家能源局", "国能发科技规〔2024〕26号", "2024-04-02", ["power", "storage"], "https://zfxxgk.nea.gov.cn/2024-04/02/c_1310770188.htm"),
 N("hq-zh-national-demand-side-management-2023", "电力需求侧管理办法（2023年版）", "国家发展改革委；工业和信息化部；财政部；住房城乡建设部；国务院国资委；国家能源局", "发改运行规〔2023〕1283号", "2023-09-15", ["power", "demand-response"], "https://www.ndrc.gov.cn/xxgk/zcfb/ghxwj/202309/t20230927_1360792.html"),
 N("hq-zh-national-transport-carbon-peak-2022", "交通运输领域碳达峰实施方案", "交通运输部；国家铁路局；中国民用航空局；国家邮政局", "交规划发〔2022〕56号", "2022-06-24", ["transport"], None),
 N("hq-zh-national-agri-emission-reduction-2022", "农业农村减排固碳实施方案", "农业农村部；国家发展改革委", "农科教发〔2022〕2号", "2022-05-07", ["agriculture", "methane"], "https://www.moa.gov.cn/govpublic/KJJYS/202206/t20220629_6403713.htm"),
 N("hq-zh-national-new-storage-guiding-opinions-2021", "关于加快推动新型储能发展的指导意见", "国家发展改革委；国家能源局", "发改能源规〔2021〕1051号", "2021-07-15", ["power", "storage"], "https://www.gov.cn/zhengce/zhengceku/2021-07/24/content_5627088.htm"),
 N("hq-zh-national-trade-in-2025", "关于2025年加力扩围实施大规模设备更新和消费品以旧换新政策的通知", "国家发展改革委；财政部", "发改环资〔2025〕13号", "2025-01-05", ["consumption", "transport", "appliances", "industry"], "https://www.gov.cn/zhengce/zhengceku/202501/content_6997411.htm"),
 N("hq-en-national-energy-carbon-action-2024-2025", "2024–2025 Action Plan for Energy Conservation and Carbon Reduction", "State Council", "Guo Fa [2024] No. 12", "2024-05-23", ["energy", "industry", "buildings", "transport"], "https://www.gov.cn/zhengce/content/202405/content_6954322.htm"),
 N("hq-en-national-sci-tech-support-carbon-2022", "Implementation Plan for Science and Technology Supporting Carbon Peaking and Carbon Neutrality (2022–2030)", "Ministry of Science and Technology; National Development and Reform Commission; Ministry of Industry and Information Technology; Ministry of Ecology and Environment; and others", "Guo Ke Fa She [2022] No. 157", "2022-06-24", ["technology", "energy", "ccus"], "https://www.most.gov.cn/xxgk/xinxifenlei/fdzdgknr/qtwj/qtwj2022/202208/t20220817_181986.html"),
 N("hq-en-national-energy-transition-mechanisms-2022", "Opinions on Improving the Institutional Mechanisms and Policy Measures for the Green and Low-Carbon Energy Transition", "National Development and Reform Commission; National Energy Administration", "Fa Gai Neng Yuan [2022] No. 206", "2022-01-30", ["energy", "power", "finance"], "https://www.ndrc.gov.cn/xxgk/zcfb/tz/202202/t20220210_1314511.html"),
 N("hq-en-national-green-industry-catalogue-2024", "Green and Low-Carbon Transition Industry Guidance Catalogue (2024 Edition)", "National Development and Reform Commission; Ministry of Industry and Information Technology; and other departments", "Fa Gai Huan Zi [2024] No. 165", "2024-02-02", ["industry", "finance"], "https://www.gov.cn/zhengce/zhengceku/202403/content_6935364.htm"),
 N("hq-en-national-dual-control-shift-2023", "Opinions on Promoting the Gradual Shift from Dual Control of Energy Consumption to Dual Control of Carbon Emissions", "National Development and Reform Commission", "Fa Gai Huan Zi [2023] No. 1198", "2023-07-11", ["governance", "carbon-accounting"], None),
 N("hq-en-national-building-energy-code-2021", "General Code for Energy Efficiency and Renewable Energy Application in Buildings (GB 55015-2021)", "Ministry of Housing and Urban-Rural Development; State Administration for Market Regulation", "GB 55015-2021", "2021-09-08", ["buildings", "energy"], None),
 N("hq-en-national-methane-action-plan-2023", "Methane Emissions Control Action Plan", "Ministry of Ecology and Environment; National Development and Reform Commission; and nine other departments", "Huan Qi Hou [2023] No. 67", "2023-11-07", ["methane", "energy", "agriculture", "waste"], "https://www.mee.gov.cn/xxgk2018/xxgk/xxgk03/202311/t20231107_1055437.html"),
]
gen = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".generated.json")))
allm = national + gen
for lang in ("en", "zh"):
    m = [e for e in allm if e["language"] == lang]
    for e in m:
        assert os.path.exists(os.path.join(OUT, lang, e["file"])), e["file"]
    files = set(os.listdir(os.path.join(OUT, lang))) - {"manifest.json"}
    assert files == {e["file"] for e in m}, files ^ {e["file"] for e in m}
    json.dump(m, open(os.path.join(OUT, lang, "manifest.json"), "w"), ensure_ascii=False, indent=2)
    print(lang, len(m))
