package license

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"
)

// FuzzDetect feeds hostile metadata through ReadDistInfo and Detect: they
// may return errors but never panic, and a detected expression is valid.
func FuzzDetect(f *testing.F) {
	f.Add("Name: x\nVersion: 1\nLicense-Expression: GPL-2.0+ OR mit\nLicense-File: ../x\n", "MIT")
	f.Add("Name: x\nLicense: BSD or GPLv3+ and Apache 2.0\nClassifier: License :: OSI Approved :: BSD License\n", "")
	f.Add("License: The MIT License (MIT)\n  and more\n  and more\n  and more\n", "x")
	f.Add("Classifier: License :: ::\nLicense-File: licenses/../../a\nLicense-File: /etc/passwd\n", "\x00")
	d := NewDetector(Options{})
	f.Fuzz(func(t *testing.T, metadata, file string) {
		fsys := fstest.MapFS{"METADATA": {Data: []byte(metadata)}, "LICENSE": {Data: []byte(file)},
			"licenses/" + strings.ReplaceAll(file, "/", "_"): {Data: []byte(file)}}
		in, err := ReadDistInfo(fsys, "x.dist-info")
		if err != nil {
			return
		}
		r, err := d.Detect(context.Background(), in)
		if err != nil {
			t.Fatal(err)
		}
		if r.Status == StatusDetected {
			if _, _, err := NormalizeExpression(r.Expression); err != nil {
				t.Fatalf("detected invalid expression %q: %v", r.Expression, err)
			}
		}
		ev, err := NewEvaluator(Policy{}, d.Tables(), today)
		if err != nil {
			t.Fatal(err)
		}
		ev.Evaluate(Package{Name: in.Name}, r)
	})
}
