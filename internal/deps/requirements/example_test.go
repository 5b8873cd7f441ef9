package requirements_test

import (
	"context"
	"fmt"

	"github.com/krait-dev/krait/internal/deps/requirements"
)

func ExampleParse() {
	pkgs, problems, err := requirements.Parse(context.Background(), "testdata/nested.txt", requirements.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range pkgs {
		fmt.Printf("%s:%d %s %q constraint=%v\n", p.File, p.Line, p.Normalized, p.Specifiers.String(), p.Constraint)
	}
	fmt.Println(len(problems), "problems")
	// Output:
	// testdata/nested.txt:1 requests "==2.31.0" constraint=false
	// testdata/nested/sub/inner.txt:2 flask ">=2.0,<3" constraint=false
	// testdata/common.txt:1 django "===4.2.1" constraint=false
	// testdata/constraints/c.txt:1 urllib3 "==1.26.5" constraint=true
	// testdata/constraints/more.txt:1 idna "<3" constraint=false
	// 0 problems
}
