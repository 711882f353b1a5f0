"""Rebuild eval/dev2: provincial corpus files, both manifests, targets.jsonl and split.json.
National documents are hand-written files in corpus/; their manifest entries and gold targets are
national_manifest.json and national_targets.jsonl here. Run: python3 eval/dev2/generator/build.py"""
import json, os
import provincial

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
docs, prov_targets = provincial.build()
national = json.load(open(os.path.join(HERE, "national_manifest.json"), encoding="utf-8"))
nat_targets = [json.loads(l) for l in open(os.path.join(HERE, "national_targets.jsonl"), encoding="utf-8") if l.strip()]
for lang in ("en", "zh"):
    entries = [e for e in national if e["language"] == lang] + [d.manifest() for d in docs if d.lang == lang]
    with open(os.path.join(ROOT, "corpus", lang, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(entries, f, ensure_ascii=False, indent=1)
        f.write("\n")
targets = nat_targets + prov_targets
with open(os.path.join(ROOT, "targets.jsonl"), "w", encoding="utf-8") as f:
    for t in targets:
        if isinstance(t["value"], float) and t["value"].is_integer():
            t["value"] = int(t["value"])
        if isinstance(t["value"], float):
            t["value"] = round(t["value"], 6)
        f.write(json.dumps(t, ensure_ascii=False) + "\n")
gold_docs = sorted({t["doc_id"] for t in targets})
with open(os.path.join(ROOT, "split.json"), "w", encoding="utf-8") as f:
    json.dump({"dev": gold_docs, "holdout": []}, f, indent=2)
    f.write("\n")
print(len(national) + len(docs), "documents;", len(targets), "targets in", len(gold_docs), "documents")
