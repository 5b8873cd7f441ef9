package pep440_test

import (
	"fmt"

	"github.com/krait-dev/krait/internal/deps/pep440"
)

func Example() {
	v, err := pep440.Parse("V1.0-Beta_2.Post3+Ubuntu-1")
	if err != nil {
		panic(err)
	}
	fmt.Println(v, v.Public(), v.BaseVersion(), v.IsPrerelease())

	set, err := pep440.ParseSpecifierSet(">=1.0b1, !=1.0.*, <2")
	if err != nil {
		panic(err)
	}
	for _, s := range []string{"1.0", "1.1", "1.2a1", "2.0"} {
		fmt.Println(s, set.Contains(pep440.MustParse(s), false))
	}
	// Output:
	// 1.0b2.post3+ubuntu.1 1.0b2.post3 1.0 true
	// 1.0 false
	// 1.1 true
	// 1.2a1 true
	// 2.0 false
}
