package inventory

import "testing"

func TestProblemString(t *testing.T) {
	if got := (Problem{File: "r.txt", Line: 3, Msg: "bad"}).String(); got != "r.txt:3: bad" {
		t.Errorf("got %q", got)
	}
	if got := (Problem{File: "r.txt", Msg: "unreadable"}).String(); got != "r.txt: unreadable" {
		t.Errorf("got %q", got)
	}
}
