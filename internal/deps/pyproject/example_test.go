package pyproject_test

import (
	"context"
	"fmt"

	"github.com/krait-dev/krait/internal/deps/pyproject"
)

func ExampleParse() {
	pkgs, problems, err := pyproject.Parse(context.Background(), "testdata/groups.toml", pyproject.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range pkgs[:3] {
		fmt.Printf("%s:%d %s %q group=%s\n", p.File, p.Line, p.Normalized, p.Specifiers.String(), p.Group)
	}
	fmt.Println(len(problems), "problems")
	// Output:
	// testdata/groups.toml:3 pytest ">=8" group=test
	// testdata/groups.toml:6 mypy "==1.10.0" group=test
	// testdata/groups.toml:6 mypy "==1.10.0" group=typing
	// 3 problems
}

func ExampleTranslateConstraint() {
	for _, c := range []string{"^1.2.3", "^0.2.3", "~1.2", "1.2.3", "^1 || ^3"} {
		s, err := pyproject.TranslateConstraint(c)
		fmt.Printf("%s -> %s (%v)\n", c, s, err)
	}
	// Output:
	// ^1.2.3 -> >=1.2.3,<2.0.0 (<nil>)
	// ^0.2.3 -> >=0.2.3,<0.3.0 (<nil>)
	// ~1.2 -> >=1.2,<1.3 (<nil>)
	// 1.2.3 -> ==1.2.3 (<nil>)
	// ^1 || ^3 -> >=1,<2 || >=3,<4 (constraint "^1 || ^3": a union of ranges (||) cannot be expressed as one PEP 440 specifier set)
}
