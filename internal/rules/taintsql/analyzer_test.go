package taintsql_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/rules/taintsql"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata", taintsql.Analyzer)
}
