package pep508_test

import (
	"fmt"

	"github.com/krait-dev/krait/internal/deps/pep508"
)

func Example() {
	req, err := pep508.ParseRequirement(`Requests[security] >=2.8.1, ==2.8.* ; python_version < "3.10" and sys_platform == "win32"`)
	if err != nil {
		panic(err)
	}
	fmt.Println(req.NormalizedName(), req.Extras, req.Specifiers)
	for _, target := range [][2]string{{"3.9", "win32"}, {"3.9", "linux"}, {"3.12", "win32"}} {
		env, err := pep508.NewEnvironment(target[0], target[1])
		if err != nil {
			panic(err)
		}
		ok, err := req.Applies(env)
		fmt.Println(target, ok, err)
	}
	// Output:
	// requests [security] >=2.8.1,==2.8.*
	// [3.9 win32] true <nil>
	// [3.9 linux] false <nil>
	// [3.12 win32] false <nil>
}
