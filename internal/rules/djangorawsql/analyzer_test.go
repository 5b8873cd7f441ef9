package djangorawsql_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/rules/djangorawsql"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata", djangorawsql.Analyzer)
}
