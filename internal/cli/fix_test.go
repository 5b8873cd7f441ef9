package cli

import (
	"context"
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/krait-dev/krait/internal/deps/fix"
	"github.com/krait-dev/krait/internal/deps/inventory"
	"github.com/krait-dev/krait/internal/deps/pep508"
	"github.com/krait-dev/krait/internal/deps/pypi"
	"github.com/krait-dev/krait/internal/testutil/pypiserver"
)

// TestRequiredByConcurrent checks that krait fix asks the index for the
// other pinned packages' Requires-Dist concurrently, at most
// requiresDistJobs at a time, and that the constraints are those (in the
// same order) the requests one after another give, a release the index
// does not have skipped in both.
func TestRequiredByConcurrent(t *testing.T) {
	// More releases to ask for than workers, so that the bound shows.
	const others = requiresDistJobs + 5
	projects := []pypiserver.Project{{Name: "urllib3", Releases: []pypiserver.Release{{Version: "1.24.1"}}}}
	pkgs := []inventory.Package{{Name: "urllib3", Normalized: "urllib3", Version: "1.24.1"}}
	var want, wantPkg00 []string
	for i := range others {
		name := fmt.Sprintf("Pkg%02d", i)
		var rd []string
		switch i % 4 {
		case 0:
			rd = []string{"urllib3 (<1.27,>=1.25.4)", "six"}
			want = append(want, fmt.Sprintf("%s 1.0: <1.27,>=1.25.4", name))
		case 1:
			rd = []string{"urllib3<3; python_version >= '3.8'", "urllib3>=2; extra == 'new'"}
			want = append(want, fmt.Sprintf("%s 1.0: <3", name))
		case 2:
			rd = []string{"urllib3; python_version < '3'"} // no specifier, another Python
		case 3:
			rd = []string{"requests>=2", "pkg00>=0.5"} // nothing on urllib3
			wantPkg00 = append(wantPkg00, fmt.Sprintf("%s 1.0: >=0.5", name))
		}
		projects = append(projects, pypiserver.Project{Name: name, RequiresDist: rd, Releases: []pypiserver.Release{{Version: "1.0"}}})
		pkgs = append(pkgs, inventory.Package{Name: name, Normalized: fmt.Sprintf("pkg%02d", i), Version: "1.0"})
	}
	pkgs = append(pkgs,
		inventory.Package{Name: "pkg00", Normalized: "pkg00", Version: "1.0"},                   // the same release again: asked once
		inventory.Package{Name: "gone", Normalized: "gone", Version: "9.9"},                     // not on the index: skipped
		inventory.Package{Name: "pkg01", Normalized: "pkg01", Version: ""},                      // not pinned
		inventory.Package{Name: "pkg03", Normalized: "pkg03", Version: "1.0", Constraint: true}, // a constraint
	)
	srv := pypiserver.New(t, projects...)
	env, err := pep508.NewEnvironment("3.12", "linux")
	if err != nil {
		t.Fatal(err)
	}
	newRequiredBy := func(jobs int) *requiredBy {
		client, err := pypi.New(pypi.Options{BaseURL: srv.URL()}) // no cache: every run asks the server
		if err != nil {
			t.Fatal(err)
		}
		return &requiredBy{client: client, env: env, pkgs: pkgs, jobs: jobs}
	}
	show := func(cs []fix.Constraint) []string {
		var out []string
		for _, c := range cs {
			out = append(out, c.Origin+": "+c.Specifiers.String())
		}
		return out
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()

	// One request at a time: the sequential reference.
	seq := newRequiredBy(1)
	seqFirst := show(seq.constraints(ctx, "urllib3"))
	if !reflect.DeepEqual(seqFirst, want) {
		t.Fatalf("sequential constraints on urllib3:\n%q\nwant\n%q", seqFirst, want)
	}
	seqSecond := show(seq.constraints(ctx, "pkg00"))
	if !reflect.DeepEqual(seqSecond, wantPkg00) {
		t.Fatalf("sequential constraints on pkg00:\n%q\nwant\n%q", seqSecond, wantPkg00)
	}
	if srv.MaxInFlight() != 1 {
		t.Fatalf("one job: %d requests at once", srv.MaxInFlight())
	}

	// The default: the server holds every request until as many as the
	// bound are waiting at once, which only concurrent requests reach.
	hold := make(chan struct{})
	srv.SetFault("/pypi/", pypiserver.Fault{Hold: hold})
	conc := newRequiredBy(0)
	done := make(chan []string, 1)
	go func() { done <- show(conc.constraints(ctx, "urllib3")) }()
	const wait = 20 * time.Second
	deadline := time.Now().Add(wait)
	for srv.InFlight() < requiresDistJobs && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	reached := srv.InFlight()
	close(hold) // whatever happened: the test never hangs
	concFirst := <-done
	if reached < requiresDistJobs {
		t.Fatalf("the fetches do not overlap: %d requests in flight after %v, want %d", reached, wait, requiresDistJobs)
	}
	if got := srv.MaxInFlight(); got > requiresDistJobs {
		t.Errorf("%d requests at once, want at most %d", got, requiresDistJobs)
	}
	if !reflect.DeepEqual(concFirst, seqFirst) {
		t.Errorf("concurrent constraints on urllib3:\n%q\nsequential:\n%q", concFirst, seqFirst)
	}

	// A second package: only the release not asked for yet (urllib3's)
	// is fetched.
	srv.ClearFaults()
	before := srv.TotalHits()
	if concSecond := show(conc.constraints(ctx, "pkg00")); !reflect.DeepEqual(concSecond, seqSecond) {
		t.Errorf("concurrent constraints on pkg00:\n%q\nsequential:\n%q", concSecond, seqSecond)
	}
	if n := srv.TotalHits() - before; n != 1 {
		t.Errorf("the second call made %d requests, want 1 (the rest is cached)", n)
	}
	if n := srv.Hits("/pypi/pkg00/1.0/json"); n != 2 {
		t.Errorf("pkg00 1.0 asked for %d times in two runs, want once a run", n)
	}
}
