package inspect

import (
	"context"
	"path/filepath"
	"testing"
)

// FuzzInspect checks that no Python source, however broken, makes Inspect
// fail or panic (the analyzers' panics are recovered by the checker; the
// context computation runs outside it).
func FuzzInspect(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "malicious", "*.txt"))
	for _, p := range files[:min(len(files), 20)] {
		s := parseSample(f, p)
		for _, c := range s.files {
			f.Add(c)
		}
	}
	f.Add("def f(:\n  class C(install:\n    def run(self): os.system(")
	f.Add("exec(exec(exec(exec(x))))\nlambda: lambda: lambda: lambda: __import__('os')")
	f.Fuzz(func(t *testing.T, src string) {
		pkg := &Package{Kind: KindSdist, Files: []File{
			{Path: "p-1/setup.py", Data: []byte(src), Size: int64(len(src))},
			{Path: "p-1/p/__init__.py", Data: []byte(src), Size: int64(len(src))},
			{Path: "p-1/p.pth", Data: []byte(src), Size: int64(len(src))},
		}}
		rep, err := Inspect(context.Background(), pkg, Options{Jobs: 1})
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range rep.Findings {
			if f.RuleID == "KRT6039" && f.Message != "" && len(f.Message) > 20 && f.Message[:20] == "krait failed on this" {
				t.Fatalf("analyzer panic: %s", f.Message)
			}
		}
	})
}
