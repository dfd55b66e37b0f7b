import {
  Avatar,
  Chip,
  InputAdornment,
  List,
  ListItem,
  ListItemAvatar,
  ListItemText,
  Paper,
  TextField,
  Typography,
  makeStyles,
} from '@material-ui/core';
import SearchIcon from '@material-ui/icons/Search';
import { useMemo, useState } from 'react';
import { DemoUser } from './types';

const useStyles = makeStyles(theme => ({
  filter: {
    marginBottom: theme.spacing(2),
    maxWidth: 480,
  },
  item: {
    alignItems: 'flex-start',
  },
  avatar: {
    backgroundColor: theme.palette.primary.main,
    color: theme.palette.primary.contrastText,
  },
  primary: {
    display: 'flex',
    alignItems: 'baseline',
    gap: theme.spacing(1),
    flexWrap: 'wrap',
  },
  chips: {
    display: 'flex',
    gap: theme.spacing(0.5),
    flexWrap: 'wrap',
    marginTop: theme.spacing(0.5),
  },
}));

function initials(displayName: string): string {
  return displayName
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map(part => part[0]!.toLocaleUpperCase())
    .join('');
}

function matches(user: DemoUser, query: string): boolean {
  const haystack = [
    user.name,
    user.displayName,
    user.description ?? '',
    ...user.groups.flatMap(g => [g.name, g.title ?? '']),
  ]
    .join(' ')
    .toLocaleLowerCase();
  return query
    .toLocaleLowerCase()
    .split(/\s+/)
    .every(word => haystack.includes(word));
}

/** The list of demo users, with their role and groups, and a filter. */
export const DemoUserPicker = (props: {
  users: DemoUser[];
  onPick(user: DemoUser): void;
}) => {
  const { users, onPick } = props;
  const classes = useStyles();
  const [query, setQuery] = useState('');
  const shown = useMemo(
    () =>
      users
        .filter(user => matches(user, query.trim()))
        .sort((a, b) => a.displayName.localeCompare(b.displayName)),
    [users, query],
  );

  return (
    <>
      <TextField
        className={classes.filter}
        fullWidth
        variant="outlined"
        size="small"
        placeholder="Filter by name, role or group"
        value={query}
        onChange={event => setQuery(event.target.value)}
        inputProps={{ 'aria-label': 'Filter demo users' }}
        InputProps={{
          startAdornment: (
            <InputAdornment position="start">
              <SearchIcon />
            </InputAdornment>
          ),
        }}
      />
      <Paper>
        <List aria-label="Demo users" disablePadding>
          {shown.map((user, index) => (
            <ListItem
              key={user.entityRef}
              button
              divider={index < shown.length - 1}
              className={classes.item}
              onClick={() => onPick(user)}
              aria-label={`Sign in as ${user.name}`}
              data-testid={`demo-user-${user.name}`}
            >
              <ListItemAvatar>
                <Avatar className={classes.avatar}>
                  {initials(user.displayName)}
                </Avatar>
              </ListItemAvatar>
              <ListItemText
                disableTypography
                primary={
                  <div className={classes.primary}>
                    <Typography variant="subtitle1" component="span">
                      {user.displayName}
                    </Typography>
                    <Typography
                      variant="body2"
                      color="textSecondary"
                      component="span"
                    >
                      {user.name}
                    </Typography>
                  </div>
                }
                secondary={
                  <>
                    {user.description && (
                      <Typography variant="body2" color="textSecondary">
                        {user.description}
                      </Typography>
                    )}
                    <div className={classes.chips}>
                      {user.groups.map(group => (
                        <Chip
                          key={group.entityRef}
                          size="small"
                          variant="outlined"
                          label={group.title ?? group.name}
                        />
                      ))}
                    </div>
                  </>
                }
              />
            </ListItem>
          ))}
          {shown.length === 0 && (
            <ListItem>
              <ListItemText
                primary={
                  users.length === 0
                    ? 'The catalog has no users yet: it is still loading the demo organisation. This list fills in by itself.'
                    : 'No demo user matches the filter.'
                }
              />
            </ListItem>
          )}
        </List>
      </Paper>
    </>
  );
};
