package nonet

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func TestMain(m *testing.M) { Main(m) }

func TestAllowed(t *testing.T) {
	for _, tc := range []struct {
		network, addr string
		want          bool
	}{
		{"tcp", "127.0.0.1:80", true},
		{"tcp", "127.8.9.1:443", true},
		{"tcp", "[::1]:8080", true},
		{"tcp", "localhost:80", true},
		{"tcp", "LOCALHOST.:80", true},
		{"tcp", "api.localhost:80", true},
		{"unix", "/tmp/sock", true},
		{"tcp", "192.0.2.1:443", false},
		{"tcp", "[2001:db8::1]:443", false},
		{"tcp", "pypi.org:443", false},
		{"tcp", "localhost.evil.example:443", false},
		{"tcp", "0.0.0.0:80", false},
		{"udp", "8.8.8.8:53", false},
		{"tcp", "garbage", false},
	} {
		if got := Allowed(tc.network, tc.addr); got != tc.want {
			t.Errorf("Allowed(%q, %q) = %v, want %v", tc.network, tc.addr, got, tc.want)
		}
	}
}

func TestGuardRefusesTestNet(t *testing.T) {
	g := &Guard{}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	start := time.Now()
	_, err := g.DialContext(ctx, "tcp", "192.0.2.1:443")
	var re *RefusedError
	if !errors.As(err, &re) {
		t.Fatalf("dial 192.0.2.1: err = %v, want *RefusedError", err)
	}
	// A real dial to TEST-NET would hang until the timeout: the refusal
	// must come before any packet is sent.
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("refusal took %v: the guard touched the network", d)
	}
	// Through an HTTP client too, with the name never resolved.
	c := &http.Client{Transport: g.Transport(nil)}
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, "https://pypi.org/simple/", nil)
	if _, err := c.Do(req); !errors.As(err, &re) {
		t.Fatalf("GET pypi.org: err = %v, want *RefusedError", err)
	}
	want := []string{"tcp 192.0.2.1:443", "tcp pypi.org:443"}
	got := g.Refused()
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("Refused() = %q, want %q", got, want)
	}
}

func TestGuardAllowsLoopback(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "ok")
	}))
	defer srv.Close()
	g := &Guard{}
	c := &http.Client{Transport: g.Transport(nil)}
	resp, err := c.Get(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if string(b) != "ok" {
		t.Errorf("body %q", b)
	}
	if r := g.Refused(); len(r) != 0 {
		t.Errorf("Refused() = %q", r)
	}
}

// TestDefaultTransportGuarded checks that TestMain's Main installed a
// guarded http.DefaultTransport (so clones of it are guarded too).
func TestDefaultTransportGuarded(t *testing.T) {
	dt, ok := http.DefaultTransport.(*http.Transport)
	if !ok || dt.DialContext == nil {
		t.Fatal("http.DefaultTransport is not guarded")
	}
	g := &Guard{}
	// A guarded clone of the installed transport still refuses.
	c := &http.Client{Transport: g.Transport(dt.Clone())}
	if _, err := c.Get("http://192.0.2.1/"); err == nil {
		t.Fatal("dial to 192.0.2.1 succeeded")
	}
}

type fakeM struct{ dial func() }

func (f fakeM) Run() int { f.dial(); return 0 }

func TestRunFailsOnRefusedDial(t *testing.T) {
	// run installs its own guard over the current DefaultTransport; a
	// swallowed refusal still makes the run fail.
	var out strings.Builder
	code := run(fakeM{dial: func() {
		resp, err := http.Get("http://192.0.2.1/")
		if err == nil {
			resp.Body.Close()
		}
	}}, &out)
	if code != 1 {
		t.Errorf("run = %d, want 1", code)
	}
	if !strings.Contains(out.String(), "tcp 192.0.2.1:80") {
		t.Errorf("run printed %q, want the refused address", out.String())
	}
	if code := run(fakeM{dial: func() {}}, io.Discard); code != 0 {
		t.Errorf("run without dials = %d, want 0", code)
	}
}
