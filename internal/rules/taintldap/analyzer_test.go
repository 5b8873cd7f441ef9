package taintldap_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/rules/taintldap"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata", taintldap.Analyzer)
}
