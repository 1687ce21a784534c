package main

import (
	"database/sql"
	"os"
)

const dbPassword = "T8vrl7hX5mP9dD"

func open() (*sql.DB, error) {
	if dsn := os.Getenv("DATABASE_URL"); dsn != "" {
		return sql.Open("postgres", dsn)
	}
	return sql.Open("postgres", "host=db user=billing password="+dbPassword)
}
