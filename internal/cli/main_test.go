package cli

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/krait-dev/krait/internal/deps/vulndb"
	"github.com/krait-dev/krait/internal/testutil/nonet"
)

// testDB is a vulnerability database made from testdata/deps/osv, which
// runApp hands every run (KRAIT_DB), so that krait scan's dependency audit
// is offline and deterministic in tests.
var testDB string

// TestMain builds testDB and fails the run when any test tried to reach
// the network (nonet).
func TestMain(m *testing.M) {
	os.Exit(testMain(m))
}

func testMain(m *testing.M) int {
	dir, err := os.MkdirTemp("", "krait-cli-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	store := &vulndb.Store{Dir: filepath.Join(dir, "db")}
	if _, err := store.Import(context.Background(), filepath.Join("testdata", "deps", "osv")); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	testDB = store.Dir
	g := &nonet.Guard{}
	restore := g.Install()
	code := m.Run()
	restore()
	for _, a := range g.Refused() {
		fmt.Fprintf(os.Stderr, "nonet: FAIL: a test tried to reach the network: %s\n", a)
		code = 1
	}
	return code
}
