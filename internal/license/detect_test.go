package license_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/krait-dev/krait/internal/license"
	"github.com/krait-dev/krait/internal/license/textclass"
)

// sharedClassifier loads the licenseclassifier corpus once per test
// binary (about a second).
var sharedClassifier = sync.OnceValues(textclass.New)

func detector(t *testing.T) *license.Detector {
	t.Helper()
	c, err := sharedClassifier()
	if err != nil {
		t.Fatal(err)
	}
	return license.NewDetector(license.Options{Text: c})
}

func detectDir(t *testing.T, d *license.Detector, entry string) license.Result {
	t.Helper()
	dir := filepath.Join("testdata", "site-packages", entry)
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { root.Close() })
	in, err := license.ReadDistInfo(root.FS(), entry)
	if err != nil {
		t.Fatal(err)
	}
	r, err := d.Detect(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestDetectFixtures(t *testing.T) {
	d := detector(t)
	tests := []struct {
		entry      string
		status     license.Status
		license    string
		candidates string
		category   license.Category
		source     license.Source
		conflicts  int
		evidence   []string // substrings expected in the rendered evidence
	}{
		{"expr-1.0.dist-info", license.StatusDetected, "GPL-2.0-or-later OR MIT", "", license.CategoryPermissive, license.SourceExpression, 0,
			[]string{"License-Expression|GPL-2.0+ OR mit|GPL-2.0-or-later OR MIT|deprecated SPDX id GPL-2.0+ upgraded to GPL-2.0-or-later; mit normalised to MIT"}},
		{"exprconflict-1.0.dist-info", license.StatusDetected, "MIT", "", license.CategoryPermissive, license.SourceExpression, 1, nil},
		{"badexpr-1.0.dist-info", license.StatusDetected, "MIT", "", license.CategoryPermissive, license.SourceClassifier, 0,
			[]string{`License-Expression|MIT AND Frobnicate-1.0||invalid, ignored: license expression "MIT AND Frobnicate-1.0": unknown license id "Frobnicate-1.0"`}},
		{"classifiers-1.0.dist-info", license.StatusDetected, "MIT", "", license.CategoryPermissive, license.SourceClassifier, 0,
			[]string{"Classifier|License :: OSI Approved :: MIT License|MIT|"}},
		{"bsdclassifier-1.0.dist-info", license.StatusAmbiguous, "UNKNOWN", "0BSD BSD-2-Clause BSD-3-Clause BSD-4-Clause", license.CategoryPermissive, license.SourceClassifier, 0,
			[]string{"License|UNKNOWN||placeholder, says nothing", "Classifier|License :: OSI Approved :: BSD License||ambiguous"}},
		{"freetext-1.0.dist-info", license.StatusDetected, "Apache-2.0", "", license.CategoryPermissive, license.SourceField, 0,
			[]string{"License|Apache License, Version 2.0|Apache-2.0|"}},
		{"gplplus-1.0.dist-info", license.StatusDetected, "GPL-3.0-or-later", "", license.CategoryStrongCopyleft, license.SourceField, 0, nil},
		{"textfile-1.0.dist-info", license.StatusDetected, "BSD-3-Clause", "", license.CategoryPermissive, license.SourceFile, 0,
			[]string{"textfile-1.0.dist-info/licenses/LICENSE|Copyright (c) 2024, Example Author"}},
		{"oldlayout-2.0.dist-info", license.StatusDetected, "MIT", "", license.CategoryPermissive, license.SourceFile, 0,
			[]string{"oldlayout-2.0.dist-info/LICENSE.txt|MIT License"}},
		{"dual-1.0.dist-info", license.StatusDetected, "MIT OR ISC", "", license.CategoryPermissive, license.SourceFile, 0,
			[]string{"../../../etc/passwd|||License-File path outside the metadata directory, ignored",
				"dual-1.0.dist-info/MISSING.txt|||License-File listed but not found",
				"refinement||MIT OR ISC|license texts say ISC AND MIT; license-field names the same licenses"}},
		{"longfield-1.0.dist-info", license.StatusDetected, "MIT", "", license.CategoryPermissive, license.SourceText, 0,
			[]string{"License|MIT License\nCopyright (c) 2024 Example Author"}},
		{"nometa-1.0.dist-info", license.StatusUnknown, "UNKNOWN", "", license.CategoryUnknown, license.SourceNone, 0, nil},
		{"placeholder-1.0.dist-info", license.StatusUnknown, "UNKNOWN", "", license.CategoryUnknown, license.SourceNone, 0,
			[]string{"Classifier|License :: OSI Approved||names no particular license"}},
		{"legacy-0.5.egg-info", license.StatusDetected, "BSD-3-Clause", "", license.CategoryPermissive, license.SourceField, 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.entry, func(t *testing.T) {
			r := detectDir(t, d, tt.entry)
			if r.Status != tt.status || r.License() != tt.license || strings.Join(r.Candidates, " ") != tt.candidates ||
				r.Category != tt.category || r.Source != tt.source || len(r.Conflicts) != tt.conflicts {
				t.Errorf("got %s %q candidates %q %s from %s, conflicts %q\nwant %s %q candidates %q %s from %s, %d conflicts\nevidence:\n%s",
					r.Status, r.License(), strings.Join(r.Candidates, " "), r.Category, r.Source, r.Conflicts,
					tt.status, tt.license, tt.candidates, tt.category, tt.source, tt.conflicts, renderEvidence(r))
			}
			got := renderEvidence(r)
			for _, want := range tt.evidence {
				if !strings.Contains(got, want) {
					t.Errorf("evidence lacks %q:\n%s", want, got)
				}
			}
			if r.Status == license.StatusDetected && (r.Expr == nil || r.Expr.String() != r.Expression) {
				t.Errorf("Expr %v does not match Expression %q", r.Expr, r.Expression)
			}
		})
	}
}

func renderEvidence(r license.Result) string {
	var b strings.Builder
	for _, e := range r.Evidence {
		b.WriteString(strings.Join([]string{e.Where, e.Text, e.Expression, e.Note}, "|"))
		b.WriteString("\n")
	}
	return b.String()
}

func TestResultSummary(t *testing.T) {
	d := detector(t)
	for entry, want := range map[string]string{
		"expr-1.0.dist-info":          "License-Expression",
		"textfile-1.0.dist-info":      "textfile-1.0.dist-info/licenses/LICENSE",
		"bsdclassifier-1.0.dist-info": "Classifier",
		"freetext-1.0.dist-info":      "License",
		"nometa-1.0.dist-info":        "none",
	} {
		if got := detectDir(t, d, entry).Summary(); got != want {
			t.Errorf("%s: Summary() = %q, want %q", entry, got, want)
		}
	}
}

func TestDetectConflictMessage(t *testing.T) {
	r := detectDir(t, detector(t), "exprconflict-1.0.dist-info")
	want := "license-expression says MIT; classifier says GPL-3.0-only"
	if len(r.Conflicts) != 1 || r.Conflicts[0] != want {
		t.Errorf("conflicts %q, want [%q]", r.Conflicts, want)
	}
}

// Without a text classifier, license files are evidence only and the
// metadata decides.
func TestDetectWithoutClassifier(t *testing.T) {
	d := license.NewDetector(license.Options{})
	r := detectDir(t, d, "textfile-1.0.dist-info")
	if r.Status != license.StatusAmbiguous || r.Source != license.SourceClassifier {
		t.Errorf("got %s from %s, want ambiguous from classifier", r.Status, r.Source)
	}
	if ev := renderEvidence(r); !strings.Contains(ev, "license text not classified: no classifier configured") {
		t.Errorf("evidence does not say the text was not classified:\n%s", ev)
	}
}

func TestDetectPyPIJSON(t *testing.T) {
	d := detector(t)
	for _, tt := range []struct {
		file, license string
		source        license.Source
		evidence      string
	}{
		{"pypi-requests.json", "Apache-2.0", license.SourceField, ""},
		{"pypi-modern.json", "Apache-2.0 WITH LLVM-exception OR BSD-3-Clause", license.SourceExpression, "LICENSE.BSD|||License-File listed; no files to read"},
	} {
		data, err := os.ReadFile(filepath.Join("testdata", tt.file))
		if err != nil {
			t.Fatal(err)
		}
		var resp struct {
			Info license.PyPIInfo `json:"info"`
		}
		if err := json.Unmarshal(data, &resp); err != nil {
			t.Fatal(err)
		}
		r, err := d.Detect(context.Background(), license.FromPyPI(resp.Info))
		if err != nil {
			t.Fatal(err)
		}
		if r.License() != tt.license || r.Source != tt.source {
			t.Errorf("%s: got %q from %s, want %q from %s", tt.file, r.License(), r.Source, tt.license, tt.source)
		}
		if tt.evidence != "" && !strings.Contains(renderEvidence(r), tt.evidence) {
			t.Errorf("%s: evidence lacks %q:\n%s", tt.file, tt.evidence, renderEvidence(r))
		}
	}
}

func TestDetectFreeTextNames(t *testing.T) {
	d := license.NewDetector(license.Options{})
	tests := []struct {
		field, license, candidates string
	}{
		{"Apache 2.0", "Apache-2.0", ""},
		{"Apache Software License", "UNKNOWN", "Apache-1.1 Apache-2.0"},
		{"MIT License", "MIT", ""},
		{"The MIT License (MIT)", "MIT", ""},
		{"BSD-3", "BSD-3-Clause", ""},
		{"BSD 3-Clause License", "BSD-3-Clause", ""},
		{"new BSD", "BSD-3-Clause", ""},
		{"BSD", "UNKNOWN", "0BSD BSD-2-Clause BSD-3-Clause BSD-4-Clause"},
		{"GPLv3+", "GPL-3.0-or-later", ""},
		{"GNU GPL v2 or later", "GPL-2.0-or-later", ""},
		{"GPL-2.0", "GPL-2.0-only", ""},
		{"LGPL", "UNKNOWN", "LGPL-2.0-or-later LGPL-2.1-only LGPL-2.1-or-later LGPL-3.0-only LGPL-3.0-or-later"},
		{"LGPLv2.1+", "LGPL-2.1-or-later", ""},
		{"MPL 2.0", "MPL-2.0", ""},
		{"PSF", "PSF-2.0", ""},
		{"Public Domain", license.RefPublicDomain, ""},
		{"Unlicense", "Unlicense", ""},
		{"ISC", "ISC", ""},
		{"isc license", "ISC", ""},
		{"AGPLv3", "AGPL-3.0-only", ""},
		{"Proprietary", license.RefProprietary, ""},
		{"MIT/Apache-2.0", "MIT OR Apache-2.0", ""},
		{"Apache 2.0 or MIT", "Apache-2.0 OR MIT", ""},
		{"MIT and BSD-3", "MIT AND BSD-3-Clause", ""},
		{"Apache License 2.0 WITH LLVM-exception", "UNKNOWN", ""},
		{"see LICENSE.txt", "UNKNOWN", ""},
		{"UNKNOWN", "UNKNOWN", ""},
		{"Frobnicator Public License", "UNKNOWN", ""},
	}
	for _, tt := range tests {
		r, err := d.Detect(context.Background(), license.Input{License: tt.field})
		if err != nil {
			t.Fatal(err)
		}
		if r.License() != tt.license || strings.Join(r.Candidates, " ") != tt.candidates {
			t.Errorf("License: %q → %q candidates %q, want %q candidates %q (%s)", tt.field, r.License(),
				strings.Join(r.Candidates, " "), tt.license, tt.candidates, renderEvidence(r))
		}
	}
}

func TestDetectClassifierCombinations(t *testing.T) {
	d := license.NewDetector(license.Options{})
	tests := []struct {
		classifiers []string
		license     string
	}{
		{[]string{"License :: OSI Approved :: MIT License", "License :: OSI Approved :: BSD License"}, "MIT"},
		{[]string{"License :: OSI Approved :: MIT License", "License :: OSI Approved :: Apache Software License"}, "MIT"},
		{[]string{"License :: OSI Approved :: MIT License", "License :: OSI Approved :: ISC License (ISCL)"}, "MIT AND ISC"},
		{[]string{"License ::  OSI Approved  ::  MIT License"}, "MIT"},
		{[]string{"License :: OSI Approved :: Frobnicator"}, "UNKNOWN"},
		{[]string{"License :: Public Domain"}, license.RefPublicDomain},
	}
	for _, tt := range tests {
		r, err := d.Detect(context.Background(), license.Input{Classifiers: tt.classifiers})
		if err != nil {
			t.Fatal(err)
		}
		if r.License() != tt.license {
			t.Errorf("%q → %q, want %q", tt.classifiers, r.License(), tt.license)
		}
	}
}

func TestDetectLimits(t *testing.T) {
	mit, err := os.ReadFile(filepath.Join("testdata", "mit.txt"))
	if err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{
		"METADATA":        {Data: []byte("Name: x\nVersion: 1\n")},
		"LICENSE":         {Data: mit},
		"COPYING":         {Data: []byte{}},
		"licenses/a/b/c":  {Data: mit},
		"COPYING.big":     {Data: []byte(strings.Repeat("word ", 1000))},
		"licenses/z":      {Data: mit},
		"LICENSE.d/inner": {Data: mit}, // a directory named LICENSE* is not a file
	}
	c, err := sharedClassifier()
	if err != nil {
		t.Fatal(err)
	}
	d := license.NewDetector(license.Options{Text: c, MaxTextSize: 2000, MaxFiles: 4})
	in, err := license.ReadDistInfo(fsys, "x.dist-info")
	if err != nil {
		t.Fatal(err)
	}
	r, err := d.Detect(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	ev := renderEvidence(r)
	for _, want := range []string{
		"x.dist-info/COPYING|||unreadable: empty file",
		"x.dist-info/COPYING.big|word word",
		"first 2000 bytes classified; no license text recognised",
		"x.dist-info/|||more than 4 license files; the rest are not read",
	} {
		if !strings.Contains(ev, want) {
			t.Errorf("evidence lacks %q:\n%s", want, ev)
		}
	}
	if r.License() != "MIT" {
		t.Errorf("license %q, want MIT", r.License())
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := d.Detect(ctx, in); err == nil {
		t.Error("Detect with a cancelled context: no error")
	}
}

// A line of only spaces continues a header (setuptools writes one for
// each blank line of a multi-line License); the headers after it count.
func TestReadDistInfoBlankContinuation(t *testing.T) {
	dir := filepath.Join("testdata", "site-packages", "blankcont-1.0.dist-info")
	in, err := license.ReadDistInfo(os.DirFS(dir), "blankcont-1.0.dist-info")
	if err != nil {
		t.Fatal(err)
	}
	wantLicense := "BSD 3-Clause License\n\nCopyright (c) 2024, Example Author\nAll rights reserved.\n"
	if in.License != wantLicense || len(in.Classifiers) != 1 {
		t.Fatalf("License %q, Classifiers %q; want %q and one classifier", in.License, in.Classifiers, wantLicense)
	}
	r, err := license.NewDetector(license.Options{}).Detect(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	if r.License() != "BSD-3-Clause" || r.Source != license.SourceField || len(r.Conflicts) != 1 {
		t.Errorf("got %q from %s, conflicts %q; want BSD-3-Clause from the License field's first line and a conflict with the GPL classifier\n%s",
			r.License(), r.Source, r.Conflicts, renderEvidence(r))
	}
}

func TestReadDistInfoErrors(t *testing.T) {
	if _, err := license.ReadDistInfo(fstest.MapFS{}, "empty.dist-info"); err == nil || !strings.Contains(err.Error(), "empty.dist-info") {
		t.Errorf("no metadata: err %v, want one naming the directory", err)
	}
	bad := fstest.MapFS{"METADATA": {Data: []byte("not a header\n")}}
	if _, err := license.ReadDistInfo(bad, "bad.dist-info"); err == nil || !strings.Contains(err.Error(), "bad.dist-info") {
		t.Errorf("bad metadata: err %v, want one naming the directory", err)
	}
}
