package pyproject

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/krait-dev/krait/internal/deps/pep440"
)

func FuzzTranslateConstraint(f *testing.F) {
	for _, s := range []string{"^1.2.3", "^0.0.3", "~1.2", "~1", "*", "1.2.*", ">=1,<2", "^1 || ^2", "1.2.3", "=1", ">= 1 <2", "^1!2.0.post1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out, err := TranslateConstraint(s)
		if errors.Is(err, ErrUnion) {
			for _, a := range strings.Split(out, " || ") {
				if a == "*" {
					continue
				}
				if _, err := pep440.ParseSpecifierSet(a); err != nil {
					t.Fatalf("%q: alternative %q: %v", s, a, err)
				}
			}
			return
		}
		if err != nil {
			if out != "" {
				t.Fatalf("%q: error %v with output %q", s, err, out)
			}
			return
		}
		if out != "" {
			if _, err := pep440.ParseSpecifierSet(out); err != nil {
				t.Fatalf("%q -> %q: %v", s, out, err)
			}
		}
	})
}

func FuzzParseBytes(f *testing.F) {
	f.Add([]byte("[project]\ndependencies = [\"a>=1\"]\n[dependency-groups]\nx = [{include-group = \"x\"}]\n[tool.poetry.dependencies]\nb = \"^1\"\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		pkgs, _, err := ParseBytes(context.Background(), "f.toml", data, Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range pkgs {
			if p.Line < 1 {
				t.Fatalf("%+v: no line", p)
			}
		}
	})
}
