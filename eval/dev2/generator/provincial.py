"""Provincial and municipal documents of eval/dev2 (synthetic; every figure and document number invented).

Five shared structures (hydrogen industry plans, EV charging infrastructure plans, industrial carbon
peaking plans, building energy efficiency plans, 2024-2025 equipment renewal / trade-in plans).
Writes corpus files, returns manifest entries and gold targets for the documents marked gold.
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "corpus")

def fmt_wan(x):
    """万-based number as written in Chinese text."""
    return ("%g" % x)

def num_en(x):
    if float(x).is_integer():
        return "{:,}".format(int(x))
    return "%g" % x

class Doc:
    def __init__(self, id, lang, region, level, title, issuer, doc_number, date, sectors, ext, kind):
        self.id, self.lang, self.region, self.level = id, lang, region, level
        self.title, self.issuer, self.doc_number, self.date = title, issuer, doc_number, date
        self.sectors, self.ext, self.kind = sectors, ext, kind
        self.lines, self.targets = [], []
    def add(self, s=""):
        self.lines.append(s)
    def t(self, metric, value, unit, direction, year, quote, baseline=None):
        r = {"doc_id": self.id, "metric": metric, "value": value, "unit": unit, "direction": direction,
             "target_year": year}
        if baseline is not None:
            r["baseline_year"] = baseline
        r["region"] = self.region
        r["quote"] = quote
        self.targets.append(r)
    def text(self):
        body = "\n".join(self.lines).strip() + "\n"
        if self.ext == "html":
            return html_page(self.title, body, self.lang)
        if self.ext == "txt":
            body = "\n".join(l.lstrip("#").lstrip() if l.startswith("#") else l for l in body.split("\n"))
        return body
    def manifest(self):
        return {"id": self.id, "file": self.id + "." + self.ext, "title": self.title, "issuer": self.issuer,
                "doc_number": self.doc_number, "date": self.date, "region": self.region, "level": self.level,
                "sectors": self.sectors, "language": self.lang, "url": None, "kind": self.kind}

def html_page(title, body, lang):
    out = []
    for para in body.split("\n"):
        p = para.strip()
        if not p:
            continue
        if p.startswith("### "):
            out.append("<h3>%s</h3>" % p[4:])
        elif p.startswith("## "):
            out.append("<h2>%s</h2>" % p[3:])
        elif p.startswith("# "):
            out.append("<h1>%s</h1>" % p[2:])
        else:
            out.append("<p>%s</p>" % p)
    nav = "首页 | 政务公开 | 政策文件 | 互动交流" if lang == "zh" else "Home | Government | Policies | Contact"
    foot = "主办单位：本网站 | 网站标识码 | 技术支持" if lang == "zh" else "Sponsored by the portal | Site map | Privacy"
    return ("<!DOCTYPE html>\n<html lang=\"%s\">\n<head><meta charset=\"utf-8\"><title>%s</title></head>\n<body>\n"
            "<nav>%s</nav>\n<main>\n<article>\n%s\n</article>\n</main>\n<footer>%s</footer>\n</body>\n</html>\n"
            % ("zh-CN" if lang == "zh" else "en", title, nav, "\n".join(out), foot))

# ---------------------------------------------------------------- A. hydrogen industry plans
H2 = [
    dict(id="dev2-zh-inner-mongolia-hydrogen-2023-2025", lang="zh", region="Inner Mongolia", level="provincial",
         zh="内蒙古自治区", whole="全区", issuer="内蒙古自治区人民政府办公厅", num="内政办发〔2023〕21号", date="2023-03-16",
         ext="md", style="list", gold=True,
         bg=(2022, 80, 5), out=1000, green=50, fcv=5000, stations=60, elec=None, firms=50, y2030=(2030, 3000, 150)),
    dict(id="dev2-zh-sichuan-hydrogen-2023-2025", lang="zh", region="Sichuan", level="provincial",
         zh="四川省", whole="全省", issuer="四川省经济和信息化厅", num="川经信〔2023〕15号", date="2023-06-08",
         ext="txt", style="prose", gold=True,
         bg=(2022, 30, 21), out=500, green=4, fcv=8000, stations=80, elec=None, firms=20, y2030=None),
    dict(id="dev2-en-ningxia-hydrogen-2023-2025", lang="en", region="Ningxia", level="provincial",
         en="Ningxia Hui Autonomous Region", whole="the region", issuer="General Office of the People's Government of Ningxia Hui Autonomous Region",
         num="Ning Zheng Ban Fa [2023] No. 9", date="2023-02-20", ext="md", style="list", gold=True,
         bg=(2022, 13, 3), out=200, green=8, fcv=500, stations=10, elec=1.2, firms=10, y2030=(2030, 500, 30)),
    dict(id="dev2-zh-jilin-hydrogen-2023-2025", lang="zh", region="Jilin", level="provincial",
         zh="吉林省", whole="全省", issuer="吉林省能源局", num="吉能新能〔2023〕66号", date="2023-09-12",
         ext="md", style="prose", gold=False,
         bg=(2022, 11, 2), out=100, green=6, fcv=500, stations=10, elec=None, firms=15, y2030=(2035, 1000, 60)),
    dict(id="dev2-en-chengdu-hydrogen-2023-2025", lang="en", region="Chengdu", level="municipal",
         en="Chengdu", whole="the city", issuer="Chengdu Municipal Bureau of Economy and Information Technology",
         num="Cheng Jing Xin Fa [2023] No. 4", date="2023-04-25", ext="md", style="table", gold=False,
         bg=(2022, 2, 15), out=500, green=1, fcv=3000, stations=40, elec=None, firms=100, y2030=None),
    dict(id="dev2-zh-qingdao-hydrogen-2023-2025", lang="zh", region="Qingdao", level="municipal",
         zh="青岛市", whole="全市", issuer="青岛市发展和改革委员会", num="青发改能源〔2023〕37号", date="2023-05-30",
         ext="html", style="list", gold=False,
         bg=(2022, 9, 8), out=300, green=2, fcv=1000, stations=30, elec=None, firms=30, y2030=None),
]

def hydrogen(d):
    if d["lang"] == "zh":
        title = "%s氢能产业发展规划（2023—2025年）" % d["zh"]
        doc = Doc(d["id"], "zh", d["region"], d["level"], title, d["issuer"], d["num"], d["date"],
                  ["hydrogen", "industry", "transport"], d["ext"], "plan")
        w = d["whole"]
        doc.add("# " + title); doc.add(); doc.add(d["num"]); doc.add()
        doc.add("## 一、发展基础"); doc.add()
        y, prod, st = d["bg"]
        doc.add("%s具备发展氢能产业的资源基础和产业基础。%d年，%s氢气产量约%s万吨，已建成加氢站%d座，燃料电池汽车示范运营初具规模。" % (y, w, fmt_wan(prod), st) if False else
                "%s具备发展氢能产业的资源基础和产业基础。%d年，%s氢气产量约%s万吨，已建成加氢站%d座，燃料电池汽车示范运营初具规模。" % (d["zh"], y, w, fmt_wan(prod), st))
        doc.add(); doc.add("## 二、发展目标"); doc.add()
        if d["style"] == "list":
            doc.add("到2025年，%s氢能产业发展取得显著成效，具体目标如下：" % w); doc.add()
            q1 = "氢能产业总产值达到%d亿元以上" % d["out"]
            q2 = "可再生能源制氢能力达到%s万吨/年" % fmt_wan(d["green"])
            q3 = "推广燃料电池汽车%d辆" % d["fcv"]
            q4 = "建成加氢站%d座以上" % d["stations"]
            q5 = "培育氢能相关企业%d家" % d["firms"]
            for i, q in enumerate([q1, q2, q3, q4, q5], 1):
                doc.add("%d. %s；" % (i, q) if i < 5 else "%d. %s。" % (i, q))
            doc.t("hydrogen industry output value", d["out"] * 1e8, "yuan", "at least", 2025, q1)
            doc.t("renewable hydrogen production capacity per year", d["green"] / 100, "Mt", "reach", 2025, q2)
            doc.t("fuel cell vehicles deployed", d["fcv"], "vehicles", "reach", 2025, q3)
            doc.t("hydrogen refuelling stations built", d["stations"], "units", "at least", 2025, q4)
            doc.t("hydrogen-related enterprises", d["firms"], "enterprises", "reach", 2025, q5)
        else:
            q1 = "到2025年，%s氢能产业总产值突破%d亿元" % (w, d["out"])
            q2 = "可再生能源制氢能力达到%s万吨/年左右" % fmt_wan(d["green"])
            q3 = "燃料电池汽车推广应用%d辆" % d["fcv"]
            q4 = "建成加氢站%d座" % d["stations"]
            doc.add("%s，%s，%s，%s，氢能产业链企业超过%d家。" % (q1, q2, q3, q4, d["firms"]))
            doc.t("hydrogen industry output value", d["out"] * 1e8, "yuan", "at least", 2025, q1)
            doc.t("renewable hydrogen production capacity per year", d["green"] / 100, "Mt", "about", 2025, q2)
            doc.t("fuel cell vehicles deployed", d["fcv"], "vehicles", "reach", 2025, q3)
            doc.t("hydrogen refuelling stations built", d["stations"], "units", "reach", 2025, q4)
            doc.t("hydrogen industry chain enterprises", d["firms"], "enterprises", "at least", 2025, "氢能产业链企业超过%d家" % d["firms"])
        if d["y2030"]:
            yy, out2, g2 = d["y2030"]
            q = "到%d年，%s氢能产业总产值力争达到%d亿元，可再生能源制氢能力达到%s万吨/年" % (yy, w, out2, fmt_wan(g2))
            doc.add(); doc.add(q + "，建成具有重要影响力的氢能产业基地。")
            doc.t("hydrogen industry output value", out2 * 1e8, "yuan", "reach", yy, "%s氢能产业总产值力争达到%d亿元" % (w, out2))
            doc.t("renewable hydrogen production capacity per year", g2 / 100, "Mt", "reach", yy, "可再生能源制氢能力达到%s万吨/年" % fmt_wan(g2))
        doc.add(); doc.add("## 三、重点任务"); doc.add()
        doc.add("（一）扩大可再生能源制氢规模。依托风光资源，建设一批风光制氢一体化示范项目，推动绿氢替代灰氢。")
        doc.add("（二）完善氢能储运和加注网络。统筹布局加氢站，支持油气氢电综合能源站建设。")
        doc.add("（三）拓展氢能应用场景。推动燃料电池汽车在重卡、公交、物流等领域示范应用，探索氢能在化工、冶金领域替代应用。")
        doc.add(); doc.add("## 四、保障措施"); doc.add()
        doc.add("加强组织领导，建立氢能产业发展工作协调机制。对加氢站建设给予补贴，具体办法另行制定。")
    else:
        title = "Hydrogen Industry Development Plan of %s (2023–2025)" % d["en"]
        doc = Doc(d["id"], "en", d["region"], d["level"], title, d["issuer"], d["num"], d["date"],
                  ["hydrogen", "industry", "transport"], d["ext"], "plan")
        w = d["whole"]
        doc.add("# " + title); doc.add(); doc.add("%s, %s. Unofficial translation." % (d["issuer"], d["num"])); doc.add()
        doc.add("## I. Foundations"); doc.add()
        y, prod, st = d["bg"]
        doc.add("In %d, hydrogen output in %s was about %s0,000 tonnes and %d hydrogen refuelling stations were in operation." % (y, d["en"], prod, st))
        doc.add(); doc.add("## II. Targets"); doc.add()
        if d["style"] == "list":
            doc.add("By 2025, %s will:" % d["en"]); doc.add()
            q1 = "raise the output value of the hydrogen industry to more than %s billion yuan" % ("%g" % (d["out"] / 10))
            q2 = "build renewable hydrogen production capacity of %s tonnes a year" % num_en(d["green"] * 10000)
            q3 = "put %s fuel cell vehicles into operation" % num_en(d["fcv"])
            q4 = "build at least %d hydrogen refuelling stations" % d["stations"]
            q5 = "install %g GW of electrolysers powered by wind and solar" % d["elec"]
            for q in [q1, q2, q3, q4, q5]:
                doc.add("- %s;" % q)
            doc.t("hydrogen industry output value", d["out"] * 1e8, "yuan", "at least", 2025, q1)
            doc.t("renewable hydrogen production capacity per year", d["green"] / 100, "Mt", "reach", 2025, q2)
            doc.t("fuel cell vehicles deployed", d["fcv"], "vehicles", "reach", 2025, q3)
            doc.t("hydrogen refuelling stations built", d["stations"], "units", "at least", 2025, q4)
            doc.t("installed electrolyser capacity", d["elec"], "GW", "reach", 2025, q5)
            doc.add("- and cultivate %d hydrogen enterprises with annual revenue above 100 million yuan." % d["firms"])
            doc.t("hydrogen enterprises with revenue above 100 million yuan", d["firms"], "enterprises", "reach", 2025,
                  "cultivate %d hydrogen enterprises with annual revenue above 100 million yuan" % d["firms"])
            if d["y2030"]:
                yy, out2, g2 = d["y2030"]
                q = "By %d, the output value of the hydrogen industry will strive to reach %s billion yuan and renewable hydrogen production capacity will reach %s tonnes a year." % (yy, "%g" % (out2 / 10), num_en(g2 * 10000))
                doc.add(); doc.add(q)
                doc.t("hydrogen industry output value", out2 * 1e8, "yuan", "reach", yy, "By %d, the output value of the hydrogen industry will strive to reach %s billion yuan" % (yy, "%g" % (out2 / 10)))
                doc.t("renewable hydrogen production capacity per year", g2 / 100, "Mt", "reach", yy, "renewable hydrogen production capacity will reach %s tonnes a year" % num_en(g2 * 10000))
        else:  # table
            doc.add("Main indicators of %s's hydrogen industry:" % d["en"]); doc.add()
            doc.add("| indicator | unit | 2022 (actual) | 2025 (target) |")
            doc.add("|---|---|---|---|")
            doc.add("| output value of the hydrogen industry | billion yuan | 12 | %g |" % (d["out"] / 10))
            doc.add("| fuel cell vehicles in operation | vehicles | 1,100 | %s |" % num_en(d["fcv"]))
            doc.add("| hydrogen refuelling stations | stations | %d | %d |" % (st, d["stations"]))
            doc.add("| renewable hydrogen production capacity | 10,000 t/year | 0.2 | %g |" % d["green"])
            doc.add("| hydrogen enterprises | enterprises | 60 | %d |" % d["firms"])
        doc.add(); doc.add("## III. Key tasks"); doc.add()
        doc.add("1. Expand renewable hydrogen production: build integrated wind–solar–hydrogen demonstration projects and replace grey hydrogen with green hydrogen in chemicals.")
        doc.add("2. Improve storage, transport and refuelling: plan hydrogen refuelling stations as a network and support integrated oil, gas, hydrogen and power stations.")
        doc.add("3. Widen applications: demonstrate fuel cell heavy trucks, buses and logistics vehicles.")
        doc.add(); doc.add("## IV. Safeguards"); doc.add()
        doc.add("A coordination mechanism for the hydrogen industry will be set up; subsidies for hydrogen refuelling stations will be set out separately.")
    return doc

# ---------------------------------------------------------------- B. EV charging infrastructure plans
EV = [
    dict(id="dev2-zh-chongqing-charging-2023-2025", lang="zh", region="Chongqing", level="provincial", zh="重庆市", whole="全市",
         issuer="重庆市人民政府办公厅", num="渝府办发〔2023〕45号", date="2023-07-18", ext="md", style="prose", gold=True,
         bg=(2022, 10.8, 1.2), total=60, public=12, swap=200, highway=100, town=100, ratio=None, cap=None, y2030=(2030, 120)),
    dict(id="dev2-zh-wuhan-charging-2023-2025", lang="zh", region="Wuhan", level="municipal", zh="武汉市", whole="全市",
         issuer="武汉市人民政府办公厅", num="武政办〔2023〕52号", date="2023-08-02", ext="html", style="list", gold=False,
         bg=(2022, 11.2, 3.1), total=50, public=10, swap=150, highway=None, town=None, ratio=None, cap=None, y2030=None),
    dict(id="dev2-en-fujian-charging-2023-2025", lang="en", region="Fujian", level="provincial", en="Fujian Province", whole="the province",
         issuer="Fujian Provincial Development and Reform Commission", num="Min Fa Gai Neng Yuan [2023] No. 311", date="2023-06-21", ext="md", style="list", gold=False,
         bg=(2022, 8.4, 3.3), total=40, public=15, swap=None, highway=100, town=100, ratio=2.0, cap=4.5, y2030=None),
    dict(id="dev2-zh-shaanxi-charging-2023-2025", lang="zh", region="Shaanxi", level="provincial", zh="陕西省", whole="全省",
         issuer="陕西省发展和改革委员会", num="陕发改能新能源〔2023〕1288号", date="2023-09-05", ext="txt", style="list", gold=False,
         bg=(2022, 9.5, 2.2), total=35, public=8, swap=None, highway=100, town=90, ratio=None, cap=None, y2030=None),
    dict(id="dev2-en-suzhou-charging-2023-2025", lang="en", region="Suzhou", level="municipal", en="Suzhou", whole="the city",
         issuer="Suzhou Municipal People's Government", num="Su Fu Ban [2023] No. 128", date="2023-05-12", ext="md", style="prose", gold=True,
         bg=(2022, 6.1, 1.9), total=25, public=6, swap=100, highway=None, town=None, ratio=1.8, cap=1.5, y2030=None),
    dict(id="dev2-zh-xinjiang-charging-2023-2025", lang="zh", region="Xinjiang", level="provincial", zh="新疆维吾尔自治区", whole="全区",
         issuer="新疆维吾尔自治区发展和改革委员会", num="新发改能源〔2023〕402号", date="2023-10-10", ext="md", style="prose", gold=False,
         bg=(2022, 1.3, 0.6), total=5, public=2, swap=None, highway=100, town=None, ratio=None, cap=None, y2030=None),
]

def charging(d):
    if d["lang"] == "zh":
        title = "%s电动汽车充电基础设施建设实施方案（2023—2025年）" % d["zh"]
        doc = Doc(d["id"], "zh", d["region"], d["level"], title, d["issuer"], d["num"], d["date"],
                  ["transport", "energy"], d["ext"], "implementation_plan")
        w = d["whole"]
        doc.add("# " + title); doc.add(); doc.add(d["num"]); doc.add()
        doc.add("## 一、现状与形势"); doc.add()
        y, tot, pub = d["bg"]
        doc.add("截至%d年底，%s累计建成充电桩%s万个，其中公共充电桩%s万个，新能源汽车保有量快速增长，充电需求持续上升。" % (y, w, fmt_wan(tot), fmt_wan(pub)))
        doc.add(); doc.add("## 二、工作目标"); doc.add()
        if d["style"] == "prose":
            q1 = "到2025年，%s累计建成充电桩%s万个以上" % (w, fmt_wan(d["total"]))
            q2 = "其中公共充电桩%s万个" % fmt_wan(d["public"])
            s = "%s，%s" % (q1, q2)
            doc.t("cumulative charging points built", d["total"] * 1e4, "units", "at least", 2025, q1)
            doc.t("public charging points built", d["public"] * 1e4, "units", "reach", 2025, q2)
            if d["swap"]:
                q = "建成换电站%d座" % d["swap"]; s += "，" + q
                doc.t("battery swapping stations built", d["swap"], "units", "reach", 2025, q)
            if d["highway"]:
                q = "高速公路服务区充电设施覆盖率达到%d%%" % d["highway"]; s += "，" + q
                doc.t("charging coverage of highway service areas", d["highway"], "%", "reach", 2025, q)
            if d["town"]:
                q = "乡镇充电设施覆盖率达到%d%%" % d["town"]; s += "，" + q
                doc.t("charging coverage of townships", d["town"], "%", "reach", 2025, q)
            doc.add(s + "，基本满足电动汽车充电需求。")
        else:
            doc.add("到2025年，%s：" % w); doc.add()
            items = []
            q = "累计建成充电桩%s万个以上" % fmt_wan(d["total"]); items.append(q)
            doc.t("cumulative charging points built", d["total"] * 1e4, "units", "at least", 2025, q)
            q = "公共充电桩不少于%s万个" % fmt_wan(d["public"]); items.append(q)
            doc.t("public charging points built", d["public"] * 1e4, "units", "at least", 2025, q)
            if d["swap"]:
                q = "建成换电站%d座左右" % d["swap"]; items.append(q)
                doc.t("battery swapping stations built", d["swap"], "units", "about", 2025, q)
            if d["highway"]:
                q = "高速公路服务区充电设施实现全覆盖"; items.append(q)
            if d["town"]:
                q = "乡镇充电设施覆盖率达到%d%%" % d["town"]; items.append(q)
                doc.t("charging coverage of townships", d["town"], "%", "reach", 2025, q)
            for i, q in enumerate(items, 1):
                doc.add("%d. %s%s" % (i, q, "。" if i == len(items) else "；"))
        if d["y2030"]:
            yy, t2 = d["y2030"]
            q = "到%d年，%s充电桩总量力争达到%s万个" % (yy, w, fmt_wan(t2))
            doc.add(); doc.add(q + "，建成覆盖广泛、规模适度、结构合理、功能完善的高质量充电基础设施体系。")
            doc.t("cumulative charging points built", t2 * 1e4, "units", "reach", yy, q)
        doc.add(); doc.add("## 三、重点任务"); doc.add()
        doc.add("（一）完善城市充电网络。新建住宅小区固定车位100%建设充电设施或预留安装条件。")
        doc.t("share of fixed parking spaces in new residential compounds with charging facilities or provision", 100, "%", "reach", None,
              "新建住宅小区固定车位100%建设充电设施或预留安装条件")
        doc.add("（二）加快农村地区充电设施建设。推动充电设施向县城、乡镇延伸。")
        doc.add("（三）推进车网互动。鼓励有序充电和双向充放电试点。")
        doc.add(); doc.add("## 四、保障措施"); doc.add()
        doc.add("落实峰谷分时电价政策，对公共充电设施给予建设补贴，加强安全监管。")
    else:
        title = "Implementation Plan for Electric Vehicle Charging Infrastructure in %s (2023–2025)" % d["en"]
        doc = Doc(d["id"], "en", d["region"], d["level"], title, d["issuer"], d["num"], d["date"],
                  ["transport", "energy"], d["ext"], "implementation_plan")
        w = d["whole"]
        doc.add("# " + title); doc.add(); doc.add("%s, %s. Unofficial translation." % (d["issuer"], d["num"])); doc.add()
        doc.add("## I. Current situation"); doc.add()
        y, tot, pub = d["bg"]
        doc.add("By the end of %d, %s had built %s charging points, including %s public charging points." % (y, d["en"], num_en(tot * 10000), num_en(pub * 10000)))
        doc.add(); doc.add("## II. Objectives"); doc.add()
        if d["style"] == "prose":
            q1 = "By 2025, %s will have more than %s charging points" % (w, num_en(d["total"] * 10000))
            q2 = "%s of them public" % num_en(d["public"] * 10000)
            doc.t("cumulative charging points built", d["total"] * 1e4, "units", "at least", 2025, q1)
            doc.t("public charging points built", d["public"] * 1e4, "units", "reach", 2025, q2)
            doc.add("%s, %s, with a total charging capacity of %g GW." % (q1, q2, d["cap"]))
            doc.t("total charging capacity", d["cap"], "GW", "reach", 2025, "with a total charging capacity of %g GW" % d["cap"])
            if d["swap"]:
                q = "The city will also build %d battery swapping stations for taxis and logistics vehicles by 2025." % d["swap"]
                doc.add(q); doc.t("battery swapping stations built", d["swap"], "units", "reach", 2025, q)
            if d["ratio"]:
                q = "The ratio of electric vehicles to charging points will be kept below %g:1." % d["ratio"]
                doc.add(q)
                doc.t("ratio of electric vehicles to charging points", d["ratio"], "ratio", "at most", 2025, q)
        else:
            doc.add("By 2025, %s will:" % d["en"]); doc.add()
            doc.add("- build no fewer than %s charging points in total;" % num_en(d["total"] * 10000))
            doc.add("- have at least %s public charging points;" % num_en(d["public"] * 10000))
            if d["highway"]:
                doc.add("- cover all highway service areas with fast charging;")
            if d["town"]:
                doc.add("- cover %d%% of townships with public charging;" % d["town"])
            if d["cap"]:
                doc.add("- reach a total charging capacity of %g million kilowatts." % d["cap"])
        doc.add(); doc.add("## III. Key tasks"); doc.add()
        doc.add("1. Improve urban charging networks: all fixed parking spaces in new residential compounds will be equipped with charging facilities or reserved for installation.")
        doc.add("2. Extend charging to county towns and rural areas.")
        doc.add("3. Pilot orderly charging and vehicle-to-grid (V2G) interaction.")
        doc.add(); doc.add("## IV. Safeguards"); doc.add()
        doc.add("Time-of-use tariffs will apply to charging, and construction subsidies will be given to public charging facilities.")
    return doc

# ---------------------------------------------------------------- C. industrial carbon peaking plans
IND = [
    dict(id="dev2-zh-liaoning-industry-carbon-peak", lang="zh", region="Liaoning", level="provincial", zh="辽宁省", whole="全省",
         issuer="辽宁省工业和信息化厅", num="辽工信发〔2022〕98号", date="2022-11-28", ext="md", style="list", gold=True,
         bg=(2021, 3.2), en_dec=13.5, co2_dec=18, ele_pp=2, green_f=200, waste=57, y2030=25),
    dict(id="dev2-en-yunnan-industry-carbon-peak", lang="en", region="Yunnan", level="provincial", en="Yunnan Province", whole="the province",
         issuer="Yunnan Provincial Department of Industry and Information Technology", num="Yun Gong Xin Jie [2022] No. 402", date="2022-12-15", ext="md", style="list", gold=True,
         bg=(2021, 1.9), en_dec=13, co2_dec=20, ele_pp=3, green_f=150, waste=55, y2030=None),
    dict(id="dev2-zh-qinghai-industry-carbon-peak", lang="zh", region="Qinghai", level="provincial", zh="青海省", whole="全省",
         issuer="青海省工业和信息化厅", num="青工信〔2023〕7号", date="2023-01-19", ext="html", style="prose", gold=False,
         bg=(2021, 5.1), en_dec=10, co2_dec=12, ele_pp=5, green_f=50, waste=60, y2030=None),
    dict(id="dev2-en-chongqing-industry-carbon-peak", lang="en", region="Chongqing", level="provincial", en="Chongqing Municipality", whole="the municipality",
         issuer="Chongqing Municipal Commission of Economy and Information Technology", num="Yu Jing Xin Fa [2022] No. 77", date="2022-12-30", ext="txt", style="prose", gold=False,
         bg=(2021, 2.6), en_dec=14, co2_dec=19, ele_pp=None, green_f=300, waste=None, y2030=None),
    dict(id="dev2-zh-ningxia-industry-carbon-peak", lang="zh", region="Ningxia", level="provincial", zh="宁夏回族自治区", whole="全区",
         issuer="宁夏回族自治区工业和信息化厅", num="宁工信节能发〔2022〕210号", date="2022-12-08", ext="md", style="prose", gold=True,
         bg=(2021, 6.4), en_dec=12, co2_dec=15, ele_pp=4, green_f=80, waste=45, y2030=22),
    dict(id="dev2-zh-suzhou-industry-carbon-peak", lang="zh", region="Suzhou", level="municipal", zh="苏州市", whole="全市",
         issuer="苏州市工业和信息化局", num="苏工信节能〔2023〕5号", date="2023-02-14", ext="md", style="list", gold=False,
         bg=(2021, 1.1), en_dec=16, co2_dec=21, ele_pp=3, green_f=400, waste=95, y2030=None),
]

def industry(d):
    if d["lang"] == "zh":
        title = "%s工业领域碳达峰实施方案" % d["zh"]
        doc = Doc(d["id"], "zh", d["region"], d["level"], title, d["issuer"], d["num"], d["date"],
                  ["industry", "energy"], d["ext"], "implementation_plan")
        w = d["whole"]
        doc.add("# " + title); doc.add(); doc.add(d["num"]); doc.add()
        doc.add("## 一、总体要求"); doc.add()
        y, pct = d["bg"]
        doc.add("工业是%s能源消费和二氧化碳排放的主要领域。%d年，%s规模以上工业增加值增长%g%%，工业能耗约占全社会能耗的70%%。" % (d["zh"], y, w, pct))
        doc.add(); doc.add("## 二、主要目标"); doc.add()
        if d["style"] == "list":
            doc.add("“十四五”期间，%s产业结构与用能结构优化取得积极进展。到2025年：" % w); doc.add()
            q1 = "规模以上工业单位增加值能耗较2020年下降%g%%" % d["en_dec"]
            q2 = "单位工业增加值二氧化碳排放下降%g%%" % d["co2_dec"]
            q3 = "电能占工业终端能源消费比重提高%d个百分点" % d["ele_pp"]
            q4 = "创建省级以上绿色工厂%d家以上" % d["green_f"]
            q5 = "一般工业固体废物综合利用率达到%d%%" % d["waste"]
            items = [q1, q2, q3, q4, q5]
            for i, q in enumerate(items, 1):
                doc.add("%d. %s%s" % (i, q, "。" if i == len(items) else "；"))
            doc.t("energy consumption per unit of industrial value added", d["en_dec"], "%", "decrease", 2025, q1, baseline=2020)
            doc.t("CO2 emissions per unit of industrial value added", d["co2_dec"], "%", "decrease", 2025, q2, baseline=2020)
            doc.t("electricity share of industrial final energy consumption", d["ele_pp"], "percentage points", "increase", 2025, q3)
            doc.t("green factories at provincial level or above", d["green_f"], "factories", "at least", 2025, q4)
            doc.t("comprehensive utilisation rate of general industrial solid waste", d["waste"], "%", "reach", 2025, q5)
        else:
            q1 = "到2025年，%s规模以上工业单位增加值能耗较2020年下降%g%%" % (w, d["en_dec"])
            q2 = "单位工业增加值二氧化碳排放下降%g%%" % d["co2_dec"]
            s = q1 + "，" + q2
            doc.t("energy consumption per unit of industrial value added", d["en_dec"], "%", "decrease", 2025, q1, baseline=2020)
            doc.t("CO2 emissions per unit of industrial value added", d["co2_dec"], "%", "decrease", 2025, q2, baseline=2020)
            if d["ele_pp"]:
                q = "电能占工业终端能源消费比重提高%d个百分点" % d["ele_pp"]
                s += "，" + q
                doc.t("electricity share of industrial final energy consumption", d["ele_pp"], "percentage points", "increase", 2025, q)
            q = "建成绿色工厂%d家" % d["green_f"]
            s += "，" + q
            doc.t("green factories", d["green_f"], "factories", "reach", 2025, q)
            if d["waste"]:
                q = "一般工业固体废物综合利用率达到%d%%" % d["waste"]
                s += "，" + q
                doc.t("comprehensive utilisation rate of general industrial solid waste", d["waste"], "%", "reach", 2025, q)
            doc.add(s + "。")
        if d["y2030"]:
            q = "到2030年，%s规模以上工业单位增加值二氧化碳排放较2020年下降%d%%以上" % (w, d["y2030"])
            doc.add(); doc.add(q + "，确保工业领域二氧化碳排放在2030年前达峰。")
            doc.t("CO2 emissions per unit of industrial value added", d["y2030"], "%", "decrease", 2030, q, baseline=2020)
        doc.add(); doc.add("## 三、重点任务"); doc.add()
        doc.add("（一）深度调整产业结构。坚决遏制高耗能、高排放、低水平项目盲目发展。")
        doc.add("（二）推动重点行业达峰。钢铁、有色、建材、石化化工行业制定碳达峰路线图。")
        doc.add("（三）推进绿色制造体系建设。培育绿色工厂、绿色工业园区和绿色供应链管理企业。")
        doc.add(); doc.add("## 四、保障措施"); doc.add()
        doc.add("统筹省级工业转型升级资金，支持节能降碳改造项目。")
    else:
        title = "Implementation Plan for Carbon Peaking in the Industrial Sector of %s" % d["en"]
        doc = Doc(d["id"], "en", d["region"], d["level"], title, d["issuer"], d["num"], d["date"],
                  ["industry", "energy"], d["ext"], "implementation_plan")
        doc.add("# " + title); doc.add(); doc.add("%s, %s. Unofficial translation." % (d["issuer"], d["num"])); doc.add()
        doc.add("## I. General requirements"); doc.add()
        y, pct = d["bg"]
        doc.add("Industry is the largest source of energy use and carbon emissions in %s. In %d, the value added of industrial enterprises above designated size grew by %g%%." % (d["en"], y, pct))
        doc.add(); doc.add("## II. Main targets"); doc.add()
        if d["style"] == "list":
            doc.add("By 2025, compared with 2020, %s will:" % d["en"]); doc.add()
            q1 = "reduce energy consumption per unit of value added of industrial enterprises above designated size by %g%%" % d["en_dec"]
            q2 = "reduce carbon dioxide emissions per unit of industrial value added by %g%%" % d["co2_dec"]
            q3 = "raise the share of electricity in industrial final energy consumption by %d percentage points" % d["ele_pp"]
            q4 = "have more than %d green factories at provincial level or above" % d["green_f"]
            q5 = "raise the comprehensive utilisation rate of general industrial solid waste to %d%%" % d["waste"]
            for q in [q1, q2, q3, q4, q5]:
                doc.add("- %s%s" % (q, "." if q is q5 else ";"))
            doc.t("energy consumption per unit of industrial value added", d["en_dec"], "%", "decrease", 2025, q1, baseline=2020)
            doc.t("CO2 emissions per unit of industrial value added", d["co2_dec"], "%", "decrease", 2025, q2, baseline=2020)
            doc.t("electricity share of industrial final energy consumption", d["ele_pp"], "percentage points", "increase", 2025, q3, baseline=2020)
            doc.t("green factories at provincial level or above", d["green_f"], "factories", "at least", 2025, q4)
            doc.t("comprehensive utilisation rate of general industrial solid waste", d["waste"], "%", "reach", 2025, q5)
            q = "Green electricity will account for more than 50% of industrial electricity consumption by 2025."
            doc.add(); doc.add(q)
            doc.t("green electricity share of industrial electricity consumption", 50, "%", "at least", 2025, q)
        else:
            doc.add("By 2025, energy consumption per unit of industrial value added in %s will fall by %g%% and carbon dioxide emissions per unit of industrial value added by %g%% from 2020 levels, and the municipality will have %d green factories." % (d["en"], d["en_dec"], d["co2_dec"], d["green_f"]))
        doc.add(); doc.add("## III. Key tasks"); doc.add()
        doc.add("1. Adjust the industrial structure and curb projects with high energy use, high emissions and low standards.")
        doc.add("2. Draw up carbon peaking roadmaps for steel, non-ferrous metals, building materials and chemicals.")
        doc.add("3. Build a green manufacturing system of green factories, industrial parks and supply chains.")
    return doc

# ---------------------------------------------------------------- D. building energy efficiency plans
BLD = [
    dict(id="dev2-zh-hainan-building-energy-14fyp", lang="zh", region="Hainan", level="provincial", zh="海南省", whole="全省",
         issuer="海南省住房和城乡建设厅", num="琼建科〔2022〕41号", date="2022-06-30", ext="md", style="list", gold=True,
         bg=(2020, 62), ultra=30, retro=200, pv=50, prefab=80, renew=10),
    dict(id="dev2-en-jilin-building-energy-14fyp", lang="en", region="Jilin", level="provincial", en="Jilin Province", whole="the province",
         issuer="Department of Housing and Urban-Rural Development of Jilin Province", num="Ji Jian Ke [2022] No. 12", date="2022-05-26", ext="md", style="list", gold=False,
         bg=(2020, 58), ultra=50, retro=1500, pv=40, prefab=30, renew=None),
    dict(id="dev2-en-wuhan-building-energy-14fyp", lang="en", region="Wuhan", level="municipal", en="Wuhan", whole="the city",
         issuer="Wuhan Municipal Bureau of Urban and Rural Development", num="Wu Cheng Jian Gui [2022] No. 5", date="2022-09-09", ext="md", style="prose", gold=True,
         bg=(2020, 71), ultra=100, retro=800, pv=30, prefab=40, renew=6),
    dict(id="dev2-zh-qingdao-building-energy-14fyp", lang="zh", region="Qingdao", level="municipal", zh="青岛市", whole="全市",
         issuer="青岛市住房和城乡建设局", num="青建办字〔2022〕33号", date="2022-08-15", ext="txt", style="prose", gold=False,
         bg=(2020, 80), ultra=120, retro=600, pv=35, prefab=45, renew=None),
    dict(id="dev2-zh-xinjiang-building-energy-14fyp", lang="zh", region="Xinjiang", level="provincial", zh="新疆维吾尔自治区", whole="全区",
         issuer="新疆维吾尔自治区住房和城乡建设厅", num="新建科〔2022〕9号", date="2022-10-21", ext="md", style="table", gold=False,
         bg=(2020, 45), ultra=20, retro=3000, pv=60, prefab=30, renew=7),
]

def building(d):
    if d["lang"] == "zh":
        title = "%s“十四五”建筑节能与绿色建筑发展规划" % d["zh"]
        doc = Doc(d["id"], "zh", d["region"], d["level"], title, d["issuer"], d["num"], d["date"],
                  ["buildings", "energy"], d["ext"], "plan")
        w = d["whole"]
        doc.add("# " + title); doc.add(); doc.add(d["num"]); doc.add()
        doc.add("## 一、发展基础"); doc.add()
        y, share = d["bg"]
        doc.add("“十三五”期间，%s建筑节能与绿色建筑工作取得积极成效。%d年，%s城镇新建建筑中绿色建筑面积占比达到%d%%。" % (d["zh"], y, w, share))
        doc.add(); doc.add("## 二、发展目标"); doc.add()
        if d["style"] == "list":
            doc.add("到2025年，%s城镇新建建筑全面执行绿色建筑标准。主要指标：" % w); doc.add()
            q1 = "城镇新建建筑中绿色建筑面积占比达到100%"
            q2 = "建设超低能耗、近零能耗建筑%d万平方米以上" % d["ultra"]
            q3 = "完成既有建筑节能改造%d万平方米" % d["retro"]
            q4 = "新增建筑光伏装机容量%d万千瓦" % d["pv"]
            q5 = "装配式建筑占新建建筑面积比例达到%d%%" % d["prefab"]
            items = [q1, q2, q3, q4, q5]
            if d["renew"]:
                items.append("城镇建筑可再生能源替代率达到%d%%" % d["renew"])
            for i, q in enumerate(items, 1):
                doc.add("%d. %s%s" % (i, q, "。" if i == len(items) else "；"))
            doc.t("green building share of new urban buildings", 100, "%", "reach", 2025, q1)
            doc.t("ultra-low and near-zero energy buildings built", d["ultra"] * 1e4, "m2", "at least", 2025, q2)
            doc.t("energy-efficiency retrofit of existing buildings", d["retro"] * 1e4, "m2", "reach", 2025, q3)
            doc.t("new building-integrated PV capacity", d["pv"] / 100, "GW", "reach", 2025, q4)
            doc.t("prefabricated building share of new buildings", d["prefab"], "%", "reach", 2025, q5)
            if d["renew"]:
                doc.t("renewable energy substitution rate in urban buildings", d["renew"], "%", "reach", 2025, items[-1])
        elif d["style"] == "table":
            doc.add("到2025年，%s城镇新建建筑全面建成绿色建筑。主要指标见下表：" % w); doc.add()
            doc.add("| 指标 | 单位 | 2020年 | 2025年 | 属性 |")
            doc.add("|---|---|---|---|---|")
            doc.add("| 城镇新建建筑中绿色建筑占比 | %% | %d | 100 | 约束性 |" % share)
            doc.add("| 超低能耗、近零能耗建筑 | 万平方米 | 2 | %d | 预期性 |" % d["ultra"])
            doc.add("| 既有建筑节能改造面积 | 万平方米 | — | %d | 预期性 |" % d["retro"])
            doc.add("| 新增建筑光伏装机容量 | 万千瓦 | — | %d | 预期性 |" % d["pv"])
            doc.add("| 装配式建筑占新建建筑比例 | %% | 12 | %d | 预期性 |" % d["prefab"])
            doc.add("| 城镇建筑可再生能源替代率 | %% | 4 | %d | 预期性 |" % d["renew"])
        else:
            s = "到2025年，%s城镇新建建筑中绿色建筑面积占比达到100%%，新建超低能耗建筑%d万平方米，完成既有建筑节能改造%d万平方米，新增建筑光伏装机%d万千瓦，装配式建筑占新建建筑面积比例达到%d%%。" % (w, d["ultra"], d["retro"], d["pv"], d["prefab"])
            doc.add(s)
        doc.add(); doc.add("## 三、重点任务"); doc.add()
        doc.add("（一）提升绿色建筑发展质量。政府投资和大型公共建筑按照星级绿色建筑标准建设。")
        doc.add("（二）推进既有建筑节能改造。结合城镇老旧小区改造同步实施节能改造。")
        doc.add("（三）推动可再生能源建筑应用。推广太阳能光伏、地源热泵在建筑中的应用。")
        doc.add(); doc.add("## 四、保障措施"); doc.add()
        doc.add("加强绿色建筑全过程监管，落实财政奖补和绿色金融支持政策。")
    else:
        title = "%s 14th Five-Year Plan for Building Energy Efficiency and Green Buildings" % d["en"]
        doc = Doc(d["id"], "en", d["region"], d["level"], title, d["issuer"], d["num"], d["date"],
                  ["buildings", "energy"], d["ext"], "plan")
        doc.add("# " + title); doc.add(); doc.add("%s, %s. Unofficial translation." % (d["issuer"], d["num"])); doc.add()
        doc.add("## I. Foundations"); doc.add()
        y, share = d["bg"]
        doc.add("In %d, green buildings accounted for %d%% of new urban buildings in %s." % (y, share, d["en"]))
        doc.add(); doc.add("## II. Targets"); doc.add()
        if d["style"] == "list":
            doc.add("By 2025, %s will:" % d["en"]); doc.add()
            doc.add("- build all new urban buildings as green buildings;")
            doc.add("- build at least %s square metres of ultra-low and near-zero energy buildings;" % num_en(d["ultra"] * 10000))
            doc.add("- complete energy-efficiency retrofits of %g million square metres of existing buildings;" % (d["retro"] / 100))
            doc.add("- add %d MW of solar PV on buildings;" % (d["pv"] * 10))
            doc.add("- raise prefabricated buildings to %d%% of new buildings." % d["prefab"])
        else:
            q1 = "By 2025, green buildings will account for 100% of new urban buildings in Wuhan"
            q2 = "the city will build 1 million square metres of ultra-low and near-zero energy buildings"
            q3 = "complete energy-efficiency retrofits of 8 million square metres of existing buildings"
            q4 = "add 0.3 GW of building-integrated photovoltaics"
            doc.add("%s, %s, %s and %s." % (q1, q2, q3, q4))
            doc.t("green building share of new urban buildings", 100, "%", "reach", 2025, q1)
            doc.t("ultra-low and near-zero energy buildings built", 1e6, "m2", "reach", 2025, q2)
            doc.t("energy-efficiency retrofit of existing buildings", 8e6, "m2", "reach", 2025, q3)
            doc.t("new building-integrated PV capacity", 0.3, "GW", "reach", 2025, q4)
            q5 = "Prefabricated buildings will make up more than 40% of new buildings, and renewable energy will replace 6% of the energy used by urban buildings."
            doc.add(q5)
            doc.t("prefabricated building share of new buildings", 40, "%", "at least", 2025, "Prefabricated buildings will make up more than 40% of new buildings")
            doc.t("renewable energy substitution rate in urban buildings", 6, "%", "reach", 2025, "renewable energy will replace 6% of the energy used by urban buildings")
            q6 = "Energy consumption per square metre of public buildings will fall by 10% compared with 2020."
            doc.add(q6)
            doc.t("energy consumption per square metre of public buildings", 10, "%", "decrease", 2025, q6, baseline=2020)
        doc.add(); doc.add("## III. Key tasks"); doc.add()
        doc.add("1. Improve the quality of green buildings; government-funded and large public buildings will meet star-rated green building standards.")
        doc.add("2. Retrofit existing buildings together with the renovation of old residential compounds.")
        doc.add("3. Promote solar PV and ground-source heat pumps in buildings.")
    return doc

# ---------------------------------------------------------------- E. equipment renewal / trade-in 2024-2025
TI = [
    dict(id="dev2-zh-fujian-equipment-renewal-2024", lang="zh", region="Fujian", level="provincial", zh="福建省", whole="全省",
         issuer="福建省人民政府", num="闽政〔2024〕9号", date="2024-05-20", ext="md", style="list", gold=True,
         invest=25, cars=12, appl=150, fund=30, nev_sub=20000, fuel_sub=15000, recycle=40, bg=(2023, 8.6)),
    dict(id="dev2-en-shaanxi-equipment-renewal-2024", lang="en", region="Shaanxi", level="provincial", en="Shaanxi Province", whole="the province",
         issuer="People's Government of Shaanxi Province", num="Shaan Zheng Fa [2024] No. 11", date="2024-06-03", ext="html", style="list", gold=False,
         invest=30, cars=8, appl=100, fund=18, nev_sub=20000, fuel_sub=15000, recycle=None, bg=(2023, 5.2)),
    dict(id="dev2-zh-chengdu-equipment-renewal-2024", lang="zh", region="Chengdu", level="municipal", zh="成都市", whole="全市",
         issuer="成都市人民政府办公厅", num="成办发〔2024〕16号", date="2024-05-08", ext="txt", style="prose", gold=False,
         invest=28, cars=10, appl=120, fund=None, nev_sub=None, fuel_sub=None, recycle=None, bg=(2023, 6.0)),
    dict(id="dev2-en-hainan-equipment-renewal-2024", lang="en", region="Hainan", level="provincial", en="Hainan Province", whole="the province",
         issuer="General Office of the People's Government of Hainan Province", num="Qiong Fu Ban [2024] No. 20", date="2024-06-17", ext="md", style="prose", gold=False,
         invest=20, cars=3, appl=40, fund=5, nev_sub=10000, fuel_sub=None, recycle=None, bg=(2023, 1.4)),
    dict(id="dev2-zh-inner-mongolia-equipment-renewal-2024", lang="zh", region="Inner Mongolia", level="provincial", zh="内蒙古自治区", whole="全区",
         issuer="内蒙古自治区人民政府", num="内政发〔2024〕5号", date="2024-04-26", ext="md", style="prose", gold=False,
         invest=35, cars=6, appl=60, fund=12, nev_sub=None, fuel_sub=None, recycle=50, bg=(2023, 3.3)),
]

def tradein(d):
    if d["lang"] == "zh":
        title = "%s推动大规模设备更新和消费品以旧换新实施方案" % d["zh"]
        doc = Doc(d["id"], "zh", d["region"], d["level"], title, d["issuer"], d["num"], d["date"],
                  ["industry", "transport", "consumption"], d["ext"], "implementation_plan")
        w = d["whole"]
        doc.add("# " + title); doc.add(); doc.add(d["num"]); doc.add()
        doc.add("## 一、总体要求"); doc.add()
        y, v = d["bg"]
        doc.add("%d年，%s工业设备投资增长%g%%，汽车、家电保有量持续增长，更新换代需求巨大。" % (y, w, v))
        doc.add(); doc.add("## 二、主要目标"); doc.add()
        if d["style"] == "list":
            q0 = "到2027年，%s工业、农业、建筑、交通、教育、文旅、医疗等领域设备投资规模较2023年增长%d%%以上" % (w, d["invest"])
            doc.add(q0 + "。")
            doc.t("equipment investment in key sectors", d["invest"], "%", "increase", 2027, q0, baseline=2023)
            doc.add(); doc.add("2024—2025年，%s：" % w); doc.add()
            q1 = "推动报废更新和置换更新汽车%d万辆" % d["cars"]
            q2 = "家电以旧换新%d万台以上" % d["appl"]
            q3 = "报废汽车回收量较2023年增长%d%%" % d["recycle"]
            items = [q1, q2, q3]
            for i, q in enumerate(items, 1):
                doc.add("%d. %s%s" % (i, q, "。" if i == len(items) else "；"))
            doc.t("vehicles scrapped or replaced", d["cars"] * 1e4, "vehicles", "reach", 2025, q1)
            doc.t("household appliances traded in", d["appl"] * 1e4, "units", "at least", 2025, q2)
            doc.t("end-of-life vehicle recycling volume", d["recycle"], "%", "increase", 2025, q3, baseline=2023)
            doc.add(); doc.add("## 三、支持政策"); doc.add()
            q4 = "省级财政安排以旧换新专项资金%d亿元" % d["fund"]
            doc.add("（一）加大财政支持。%s，与中央资金统筹使用。" % q4)
            doc.t("provincial trade-in special fund", d["fund"] * 1e8, "yuan", "reach", None, q4)
            q5 = "对报废旧车并购买新能源乘用车的，补贴%d元" % d["nev_sub"]
            q6 = "购买燃油乘用车的，补贴%d元" % d["fuel_sub"]
            doc.add("（二）汽车报废更新补贴。%s；%s。" % (q5, q6))
            doc.t("subsidy for scrapping a car and buying a new energy passenger car", d["nev_sub"], "yuan", "reach", None, q5)
            doc.t("subsidy for scrapping a car and buying a fuel passenger car", d["fuel_sub"], "yuan", "reach", None, q6)
            q7 = "对购买一级能效家电产品的，按销售价格的20%给予补贴，单件最高不超过2000元"
            doc.add("（三）家电以旧换新补贴。%s。" % q7)
            doc.t("appliance trade-in subsidy rate for grade 1 products", 20, "%", "reach", None, "按销售价格的20%给予补贴")
            doc.t("maximum appliance trade-in subsidy per item", 2000, "yuan", "at most", None, "单件最高不超过2000元")
        else:
            s = "到2027年，%s设备投资规模较2023年增长%d%%以上，2024—2025年推动汽车更新%d万辆、家电以旧换新%d万台" % (w, d["invest"], d["cars"], d["appl"])
            if d["recycle"]:
                s += "，报废汽车回收量较2023年翻一番"
            doc.add(s + "。")
            doc.add(); doc.add("## 三、支持政策"); doc.add()
            if d["fund"]:
                doc.add("统筹安排以旧换新资金%d亿元，重点支持汽车、家电以旧换新和设备更新贷款贴息。" % d["fund"])
            else:
                doc.add("积极争取中央资金支持，落实设备更新贷款财政贴息政策。")
        doc.add(); doc.add("## 四、重点任务"); doc.add()
        doc.add("（一）推进重点行业设备更新改造。围绕节能降碳、超低排放，推动钢铁、有色、建材等行业设备更新。")
        doc.add("（二）开展汽车以旧换新。加快淘汰国三及以下排放标准营运货车。")
        doc.add("（三）开展家电产品以旧换新。完善废旧家电回收网络。")
    else:
        title = "%s Implementation Plan for Promoting Large-Scale Equipment Renewal and Trade-ins of Consumer Goods" % d["en"]
        doc = Doc(d["id"], "en", d["region"], d["level"], title, d["issuer"], d["num"], d["date"],
                  ["industry", "transport", "consumption"], d["ext"], "implementation_plan")
        doc.add("# " + title); doc.add(); doc.add("%s, %s. Unofficial translation." % (d["issuer"], d["num"])); doc.add()
        doc.add("## I. Overall requirements"); doc.add()
        y, v = d["bg"]
        doc.add("In %d, equipment investment in %s grew by %g%%." % (y, d["en"], v))
        doc.add(); doc.add("## II. Main targets"); doc.add()
        doc.add("By 2027, equipment investment in industry, agriculture, construction, transport, education, culture and tourism and health care in %s will grow by more than %d%% compared with 2023." % (d["en"], d["invest"]))
        if d["style"] == "list":
            doc.add(); doc.add("In 2024–2025, the province will:"); doc.add()
            doc.add("- scrap or replace %s vehicles;" % num_en(d["cars"] * 10000))
            doc.add("- trade in more than %g million household appliances." % (d["appl"] / 100))
        else:
            doc.add("In 2024 and 2025, the province will scrap or replace %s vehicles and trade in %s household appliances." % (num_en(d["cars"] * 10000), num_en(d["appl"] * 10000)))
        doc.add(); doc.add("## III. Support policies"); doc.add()
        doc.add("1. The provincial budget will allocate %g billion yuan for trade-ins, used together with central funds." % (d["fund"] / 10))
        doc.add("2. A subsidy of %s yuan will be given to anyone who scraps an old car and buys a new energy passenger car." % num_en(d["nev_sub"]))
        if d["fuel_sub"]:
            doc.add("3. A subsidy of %s yuan will be given for scrapping an old car and buying a fuel passenger car with displacement of 2.0 litres or less." % num_en(d["fuel_sub"]))
        doc.add(); doc.add("## IV. Key tasks"); doc.add()
        doc.add("1. Renew equipment in key industries for energy saving and ultra-low emissions.")
        doc.add("2. Accelerate the retirement of operating trucks meeting China III emission standards or below.")
        doc.add("3. Improve the recycling network for old household appliances.")
    return doc

def build():
    docs = [hydrogen(d) for d in H2] + [charging(d) for d in EV] + [industry(d) for d in IND] + \
           [building(d) for d in BLD] + [tradein(d) for d in TI]
    gold_ids = {d["id"] for d in H2 + EV + IND + BLD + TI if d.get("gold")}
    for doc in docs:
        with open(os.path.join(CORPUS, doc.lang, doc.id + "." + doc.ext), "w", encoding="utf-8") as f:
            f.write(doc.text())
    targets = [t for doc in docs if doc.id in gold_ids for t in doc.targets]
    return docs, targets

if __name__ == "__main__":
    docs, targets = build()
    print(len(docs), "docs", len(targets), "targets")
