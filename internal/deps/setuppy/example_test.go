package setuppy_test

import (
	"context"
	"fmt"

	"github.com/krait-dev/krait/internal/deps/setuppy"
)

func ExampleParse() {
	pkgs, problems, err := setuppy.Parse(context.Background(), "testdata/setup.py", setuppy.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range pkgs[:3] {
		fmt.Printf("%s:%d %s %q group=%s\n", p.File, p.Line, p.Normalized, p.Specifiers.String(), p.Group)
	}
	fmt.Println(len(problems), "problems")
	// Output:
	// testdata/setup.py:4 requests ">=2.31" group=main
	// testdata/setup.py:5 click "==8.1.7" group=main
	// testdata/setup.py:7 sphinx "" group=docs
	// 0 problems
}
