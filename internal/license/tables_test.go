package license

import (
	"strings"
	"testing"
)

// Every table entry must be valid SPDX and already normalised, so
// detection never produces an expression go-spdx rejects.
func TestTablesAreValid(t *testing.T) {
	tb := NewTables()
	check := func(where, s string) {
		t.Helper()
		e, notes, err := NormalizeExpression(s)
		if err != nil {
			t.Errorf("%s: %v", where, err)
			return
		}
		if e.String() != s || len(notes) > 0 {
			t.Errorf("%s: %q is not normalised (%q %q)", where, s, e, notes)
		}
	}
	for k, m := range tb.classifiers {
		if !strings.HasPrefix(k, "License :: ") || normClassifier(k) != k {
			t.Errorf("classifier key %q is not a normalised license classifier", k)
		}
		if m.expr != "" {
			check(k, m.expr)
		}
		for _, c := range m.candidates {
			check(k, c)
		}
	}
	for k, m := range tb.names {
		if m.expr != "" {
			check("name "+k, m.expr)
		}
		for _, c := range m.candidates {
			check("name "+k, c)
		}
	}
	for id := range tb.categories {
		if strings.HasPrefix(id, "LICENSEREF-") {
			continue
		}
		if _, _, err := NormalizeExpression(id); err != nil {
			t.Errorf("category table: %v", err)
		}
	}
	for id := range tb.exceptions {
		if _, _, err := NormalizeExpression("GPL-2.0-only WITH " + id); err != nil {
			t.Errorf("exception table: %v", err)
		}
	}
}

// Two spellings in the names table must not collide on one key with
// different meanings.
func TestNameKeysDoNotCollide(t *testing.T) {
	tb := NewTables()
	seen := map[string]string{}
	for _, e := range nameEntries() {
		for _, n := range e.names {
			k := tb.nameKey(n)
			if k == "" || isPlaceholder(k) {
				t.Errorf("name %q normalises to placeholder key %q", n, k)
			}
			meaning := e.m.expr + "|" + strings.Join(e.m.candidates, ",")
			if prev, ok := seen[k]; ok && prev != meaning {
				t.Errorf("name %q (key %q) means %q and %q", n, k, prev, meaning)
			}
			seen[k] = meaning
		}
	}
}

func TestNameKey(t *testing.T) {
	tb := NewTables()
	tests := []struct{ in, want string }{
		{"Apache License, Version 2.0", "apache2.0"},
		{"Apache-2.0", "apache2.0"},
		{"apache v2.0", "apache2.0"},
		{"GPLv3+", "gpl3+"},
		{"GNU GPL v3 or later", "gnugpl3+"},
		{"GPL (v2 or any later version)", "gpl2+"},
		{"The MIT Licence", "mit"},
		{"BSD 3-Clause", "bsd3clause"},
		{"  ", ""},
	}
	for _, tt := range tests {
		if got := tb.nameKey(tt.in); got != tt.want {
			t.Errorf("nameKey(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestClassifierTableCoverage(t *testing.T) {
	tb := NewTables()
	// The classifiers below are a sample of PyPI's; the table holds them all.
	if n := len(tb.Classifiers()); n < 85 {
		t.Errorf("%d license classifiers, want every one PyPI defines (85+)", n)
	}
	ambiguous := []string{
		"License :: OSI Approved :: BSD License",
		"License :: OSI Approved :: Apache Software License",
		"License :: OSI Approved :: GNU General Public License (GPL)",
		"License :: OSI Approved :: GNU Library or Lesser General Public License (LGPL)",
		"License :: OSI Approved",
	}
	for _, c := range ambiguous {
		if m, ok := tb.classifiers[c]; !ok || !m.ambiguous() {
			t.Errorf("%q should be in the table as ambiguous", c)
		}
	}
	definite := map[string]string{
		"License :: OSI Approved :: MIT License":                                             "MIT",
		"License :: OSI Approved :: GNU Affero General Public License v3":                    "AGPL-3.0-only",
		"License :: OSI Approved :: GNU General Public License v2 or later (GPLv2+)":         "GPL-2.0-or-later",
		"License :: OSI Approved :: Mozilla Public License 2.0 (MPL 2.0)":                    "MPL-2.0",
		"License :: OSI Approved :: Python Software Foundation License":                      "PSF-2.0",
		"License :: CC0 1.0 Universal (CC0 1.0) Public Domain Dedication":                    "CC0-1.0",
		"License :: Other/Proprietary License":                                               RefProprietary,
		"License :: Free for non-commercial use":                                             RefNonCommercial,
		"License :: OSI Approved :: Universal Permissive License (UPL)":                      "UPL-1.0",
		"License :: OSI Approved :: GNU Lesser General Public License v3 or later (LGPLv3+)": "LGPL-3.0-or-later",
	}
	for c, want := range definite {
		if m := tb.classifiers[c]; m.expr != want {
			t.Errorf("%q → %q, want %q", c, m.expr, want)
		}
	}
}

func TestCategoryOf(t *testing.T) {
	tb := NewTables()
	tests := []struct {
		expr string
		want Category
	}{
		{"MIT", CategoryPermissive},
		{"Apache-2.0", CategoryPermissive},
		{"CC0-1.0", CategoryPublicDomain},
		{RefPublicDomain, CategoryPublicDomain},
		{"LGPL-2.1-or-later", CategoryWeakCopyleft},
		{"MPL-2.0", CategoryWeakCopyleft},
		{"GPL-3.0-only", CategoryStrongCopyleft},
		{"GPL-2.0+", CategoryStrongCopyleft},
		{"AGPL-3.0-or-later", CategoryNetworkCopyleft},
		{"SSPL-1.0", CategoryNetworkCopyleft},
		{"BUSL-1.1", CategoryProprietary},
		{"CC-BY-NC-4.0", CategoryProprietary},
		{RefProprietary, CategoryProprietary},
		{"LicenseRef-Whatever", CategoryUnknown},
		{"Glide", CategoryUnknown},
		// An OR lets the licensee choose the less restrictive branch;
		// an AND carries the most restrictive part.
		{"MIT OR GPL-3.0-only", CategoryPermissive},
		{"MIT AND GPL-3.0-only", CategoryStrongCopyleft},
		{"(MIT OR AGPL-3.0-only) AND LGPL-3.0-only", CategoryWeakCopyleft},
		{"MIT AND Glide", CategoryUnknown},
		// A linking exception relaxes a copyleft; other exceptions do not.
		{"GPL-2.0-only WITH Classpath-exception-2.0", CategoryWeakCopyleft},
		{"GPL-3.0-or-later WITH GCC-exception-3.1", CategoryWeakCopyleft},
		{"GPL-2.0-or-later WITH Bootloader-exception", CategoryStrongCopyleft},
		{"Apache-2.0 WITH LLVM-exception", CategoryPermissive},
	}
	for _, tt := range tests {
		e, err := ParseExpression(tt.expr)
		if err != nil {
			t.Fatal(err)
		}
		if got := tb.CategoryOf(e); got != tt.want {
			t.Errorf("CategoryOf(%s) = %s, want %s", tt.expr, got, tt.want)
		}
	}
}

func TestTablesExtend(t *testing.T) {
	tb := NewTables()
	if err := tb.AddName("Frobnicator License", "MIT"); err != nil {
		t.Fatal(err)
	}
	if err := tb.AddName("x", "Not-A-License"); err == nil {
		t.Error("AddName accepted an invalid expression")
	}
	if err := tb.AddName("The License", "MIT"); err == nil {
		t.Error("AddName accepted a name that normalises to nothing")
	}
	tb.SetCategory("Glide", CategoryPermissive)
	e, _ := ParseExpression("Glide")
	if c := tb.CategoryOf(e); c != CategoryPermissive {
		t.Errorf("after SetCategory: %s", c)
	}
	d := NewDetector(Options{Tables: tb})
	if m, ok := d.Tables().names["frobnicator"]; !ok || m.expr != "MIT" {
		t.Errorf("AddName did not reach the detector: %v %v", m, ok)
	}
	// Other instances are unaffected.
	if c := NewTables().CategoryOf(e); c != CategoryUnknown {
		t.Errorf("SetCategory leaked into a new Tables: %s", c)
	}
}

func TestParseCategory(t *testing.T) {
	for in, want := range map[string]Category{
		"weak-copyleft": CategoryWeakCopyleft, "Weak_Copyleft": CategoryWeakCopyleft, "network copyleft": CategoryNetworkCopyleft,
		"non-commercial": CategoryProprietary, "public-domain": CategoryPublicDomain, "unknown": CategoryUnknown,
	} {
		if got, err := ParseCategory(in); err != nil || got != want {
			t.Errorf("ParseCategory(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := ParseCategory("copyleftish"); err == nil {
		t.Error("ParseCategory accepted copyleftish")
	}
}
