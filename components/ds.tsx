"use client";
// The Designsystemet components Ajour uses, re-exported from one client module. The package's
// index is itself a "use client" barrel: a Server Component importing from it made the whole
// library (every component, ~36 kB gzip) part of the first load. Importing from here, the client
// graph starts at this module and keeps only what is named below (with `optimizePackageImports`).
export {
  Alert,
  Button,
  Dialog,
  ErrorSummary,
  ErrorSummaryHeading,
  ErrorSummaryItem,
  ErrorSummaryLink,
  ErrorSummaryList,
  Field,
  FieldDescription,
  Heading,
  Input,
  Label,
  Paragraph,
  Select,
  SkipLink,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
  Tag,
  ValidationMessage,
} from "@digdir/designsystemet-react";
