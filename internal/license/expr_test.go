package license

import (
	"strings"
	"testing"
)

func TestNormalizeExpression(t *testing.T) {
	tests := []struct {
		in, want string
		notes    string
	}{
		{"MIT", "MIT", ""},
		{"mit", "MIT", "mit normalised to MIT"},
		{"GPL-2.0+", "GPL-2.0-or-later", "deprecated SPDX id GPL-2.0+ upgraded to GPL-2.0-or-later"},
		{"GPL-2.0", "GPL-2.0-only", "deprecated SPDX id GPL-2.0 upgraded to GPL-2.0-only"},
		{"gpl-3.0", "GPL-3.0-only", "deprecated SPDX id gpl-3.0 upgraded to GPL-3.0-only"},
		{"LGPL-2.1+", "LGPL-2.1-or-later", "deprecated SPDX id LGPL-2.1+ upgraded to LGPL-2.1-or-later"},
		{"AGPL-3.0", "AGPL-3.0-only", "deprecated SPDX id AGPL-3.0 upgraded to AGPL-3.0-only"},
		{"GPL-3.0-only+", "GPL-3.0-or-later", "GPL-3.0-only+ normalised to GPL-3.0-or-later"},
		{"GPL-2.0-with-classpath-exception", "GPL-2.0-only WITH Classpath-exception-2.0",
			"deprecated SPDX id GPL-2.0-with-classpath-exception upgraded to GPL-2.0-only WITH Classpath-exception-2.0"},
		{"GPL-2.0 WITH Classpath-exception-2.0", "GPL-2.0-only WITH Classpath-exception-2.0",
			"deprecated SPDX id GPL-2.0 upgraded to GPL-2.0-only"},
		{"wxWindows", "LGPL-2.0-or-later WITH WxWindows-exception-3.1",
			"deprecated SPDX id wxWindows upgraded to LGPL-2.0-or-later WITH WxWindows-exception-3.1"},
		{"Apache-2.0 WITH llvm-exception", "Apache-2.0 WITH LLVM-exception", ""},
		{"Apache-2.0+", "Apache-2.0+", ""},
		{"MPL-2.0-or-later", "MPL-2.0+", "MPL-2.0-or-later normalised to MPL-2.0+"},
		{"mit or apache-2.0", "MIT OR Apache-2.0", "mit normalised to MIT; apache-2.0 normalised to Apache-2.0"},
		{"(MIT AND BSD-3-Clause) OR GPL-2.0+", "MIT AND BSD-3-Clause OR GPL-2.0-or-later",
			"deprecated SPDX id GPL-2.0+ upgraded to GPL-2.0-or-later"},
		{"MIT AND (Apache-2.0 OR BSD-2-Clause)", "MIT AND (Apache-2.0 OR BSD-2-Clause)", ""},
		{"((MIT))", "MIT", ""},
		{"MIT OR (ISC OR 0BSD)", "MIT OR ISC OR 0BSD", ""},
		{"LicenseRef-Foo-1.2 AND MIT", "LicenseRef-Foo-1.2 AND MIT", ""},
		{"DocumentRef-spdx-tool:LicenseRef-Bar", "DocumentRef-spdx-tool:LicenseRef-Bar", ""},
		{"  MIT\n", "MIT", ""},
	}
	for _, tt := range tests {
		e, notes, err := NormalizeExpression(tt.in)
		if err != nil {
			t.Errorf("%q: %v", tt.in, err)
			continue
		}
		if e.String() != tt.want || strings.Join(notes, "; ") != tt.notes {
			t.Errorf("%q → %q notes %q, want %q notes %q", tt.in, e.String(), strings.Join(notes, "; "), tt.want, tt.notes)
		}
		// The output is a fixed point.
		e2, notes2, err := NormalizeExpression(e.String())
		if err != nil || e2.String() != e.String() || len(notes2) != 0 {
			t.Errorf("%q: renormalising %q gave %v %q %v", tt.in, e, e2, notes2, err)
		}
	}
}

func TestNormalizeExpressionErrors(t *testing.T) {
	tests := []struct{ in, err string }{
		{"", "empty expression"},
		{"MIT AND", "unexpected end of expression"},
		{"AND MIT", `unexpected "AND"`},
		{"MIT)", `unexpected ")"`},
		{"(MIT", "missing ) for ( at offset 0"},
		{"Frobnicate-1.0", `unknown license id "Frobnicate-1.0"`},
		{"MIT WITH", "WITH not followed by an exception id"},
		{"MIT WITH Frob-exception", `unknown license exception "Frob-exception"`},
		{"MIT +", "space before +"},
		{"MIT $ ISC", "unexpected character '$'"},
		{"MIT ISC", `unexpected "ISC"`},
		{"a:b", "unexpected ':'"},
		{"GPL-2.0-with-classpath-exception WITH GCC-exception-3.1", "already carries exception"},
		{strings.Repeat("(", 40) + "MIT" + strings.Repeat(")", 40), "parentheses nested deeper than 32"},
		{strings.Repeat("MIT OR ", 1000) + "MIT", "longer than 4096 bytes"},
	}
	for _, tt := range tests {
		_, _, err := NormalizeExpression(tt.in)
		if err == nil || !strings.Contains(err.Error(), tt.err) {
			t.Errorf("%q: err %v, want one containing %q", tt.in, err, tt.err)
		}
	}
}

func TestExprLicenses(t *testing.T) {
	e, _, err := NormalizeExpression("MIT OR (Apache-2.0 WITH LLVM-exception AND MIT) OR GPL-2.0+")
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(e.Licenses(), ", ")
	want := "Apache-2.0 WITH LLVM-exception, GPL-2.0-or-later, MIT"
	if got != want {
		t.Errorf("Licenses() = %q, want %q", got, want)
	}
}

func FuzzNormalizeExpression(f *testing.F) {
	for _, s := range []string{"MIT", "GPL-2.0+ OR mit", "(MIT AND (ISC OR 0BSD)) WITH", "Apache-2.0 WITH LLVM-exception",
		"DocumentRef-a:LicenseRef-b", "((((", "MIT+", "GPL-2.0-with-GCC-exception WITH x", "a:b:c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		e, _, err := NormalizeExpression(s)
		if err != nil {
			return
		}
		out := e.String()
		e2, _, err := NormalizeExpression(out)
		if err != nil {
			t.Fatalf("%q → %q which does not normalise: %v", s, out, err)
		}
		if e2.String() != out {
			t.Fatalf("%q → %q → %q: not a fixed point", s, out, e2)
		}
	})
}
