package ssltls_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/rules/ssltls"
)

func TestBadVersion(t *testing.T) {
	analysistest.Run(t, "testdata/badversion", ssltls.BadVersion)
}

func TestBadDefaults(t *testing.T) {
	analysistest.Run(t, "testdata/baddefaults", ssltls.BadDefaults)
}

func TestNoVersion(t *testing.T) {
	analysistest.Run(t, "testdata/noversion", ssltls.NoVersion)
}
